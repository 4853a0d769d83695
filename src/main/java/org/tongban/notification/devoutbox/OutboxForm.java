package org.tongban.notification.devoutbox;

/**
 * The filter form of the outbox page, sent by GET so that a filtered list is a link a
 * tester can keep. A value that cannot be read stays in the binding result to be shown
 * next to its field.
 */
class OutboxForm {

	private String recipient;

	private Channel channel;

	private Integer page;

	/** @see OutboxFilter#of */
	OutboxFilter filter() {
		return OutboxFilter.of(recipient, channel);
	}

	int pageNumber() {
		return page == null ? 1 : page;
	}

	public String getRecipient() {
		return recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
