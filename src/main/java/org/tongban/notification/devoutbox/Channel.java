package org.tongban.notification.devoutbox;

/** How a message reaches its recipient. */
enum Channel {

	SMS, EMAIL

}
