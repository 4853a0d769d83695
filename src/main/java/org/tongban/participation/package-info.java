/**
 * Public participation (公众参与, R10): complaints, suggestions and reports with a tracking
 * number, a handler and a response deadline, also through an Open311 GeoReport v2
 * endpoint ({@code participation.feedback}); the satisfaction rating of every finished
 * case (好差评) with its whole loop of verification, rectification, reply and appeal
 * ({@code participation.rating}); questions on a matter's guide answered by its
 * department and promoted to the matter's FAQ ({@code participation.consultation}). Other
 * modules hear of ratings through {@link org.tongban.participation.CaseRated}.
 * Requirements R10, R15.8, R16.3.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation")
package org.tongban.participation;
