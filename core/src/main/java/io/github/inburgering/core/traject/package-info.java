/**
 * The lifecycle of one inburgeringsplicht as pure functions: from DUO's notice through the brede
 * intake, the PIP and the termijn to voldaan, vrijstelling, ontheffing or the end of the plicht.
 *
 * <p>A {@link io.github.inburgering.core.traject.Traject} is an immutable snapshot whose state is a
 * {@link io.github.inburgering.core.traject.Toestand} (one record per {@link
 * io.github.inburgering.core.traject.Fase}). A {@link io.github.inburgering.core.traject.Gebeurtenis}
 * is an event; events that DUO signals carry DUO's event code. {@link
 * io.github.inburgering.core.traject.Transities#toepassen} applies one event and returns an {@link
 * io.github.inburgering.core.traject.Uitkomst}: the new traject with its effects, or a refusal with
 * the report of every broken rule. {@link io.github.inburgering.core.traject.Transities#afspelen}
 * applies a list, {@link io.github.inburgering.core.traject.Transities#verklaar} explains a step and
 * {@link io.github.inburgering.core.traject.Transities#tabel()} lists the allowed transitions.
 *
 * <p>Every guard and every effect is a rule of the catalogue in {@link
 * io.github.inburgering.core.regels} with peilmoment {@code TRANSITIE}, or a dossier rule where the
 * law is the same. Nothing here reads the clock: the peildatum is a parameter. {@code
 * docs/lifecycle.md} is generated from this package.
 */
package io.github.inburgering.core.traject;
