package org.tongban.identity.web;

/** The form that gives a member of staff a role in a department. */
class GrantForm {

	private String role;

	private String department;

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

}
