package org.tongban.catalog;

/** Who may apply for a matter: natural persons (个人办事) or legal persons (法人办事). */
public enum Audience {

	PERSONAL, ENTERPRISE

}
