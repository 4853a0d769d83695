/**
 * The public catalogue of matters (事项目录): departments, themes, matters and their dated
 * versions with the full service guide (办事指南), and bundles (一件事). Other modules read it
 * through {@link org.tongban.catalog.MatterCatalog}. Requirements R2.1–R2.6.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue of matters")
package org.tongban.catalog;
