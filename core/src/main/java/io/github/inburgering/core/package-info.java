/**
 * Shared building blocks: the library's single exception type {@link
 * io.github.inburgering.core.InburgeringException} with its typed {@link
 * io.github.inburgering.core.InburgeringException.Reason}, and the half-open date range {@link
 * io.github.inburgering.core.Periode}.
 */
package io.github.inburgering.core;
