-- The recipient's handwritten signature at a hall hand-over (R6.4), an image kept as an attachment: the dated proof of
-- delivery next to the recipient's name. Empty for a post, an electronic delivery and hand-overs recorded before.
alter table licence_delivery add column signature_attachment_id uuid;
