/**
 * Identifiers: {@link io.github.inburgering.core.id.Bsn}, {@link
 * io.github.inburgering.core.id.VNummer}, {@link io.github.inburgering.core.id.Oin}, {@link
 * io.github.inburgering.core.id.KvkNummer} and {@link io.github.inburgering.core.id.Gemeentecode}
 * with its dated register {@link io.github.inburgering.core.id.Gemeenten}.
 *
 * <p>Every identifier is parsed strictly: no trimming, no removal of dots or dashes, no padding.
 * Identifiers that are personal data mask themselves in {@code toString()}.
 */
package io.github.inburgering.core.id;
