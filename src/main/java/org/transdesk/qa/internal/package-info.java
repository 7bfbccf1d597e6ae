/**
 * Implementation of the QA checks: one class per check id ({@code NumbersCheck} is {@code numbers} …),
 * plus shared text helpers ({@code Text}, {@code Numbers}, {@code NumberWords}, {@code Units}, {@code Stems}).
 * Not API: use {@link org.transdesk.qa.QaChecks}.
 */
package org.transdesk.qa.internal;
