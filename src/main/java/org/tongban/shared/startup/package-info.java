/**
 * Checks made while the platform starts, before any bean: the production profile refuses
 * the demo.
 */
package org.tongban.shared.startup;
