/**
 * The domain model of the Wet inburgering 2021: the {@link io.github.inburgering.core.model.Dossier}
 * of one {@link io.github.inburgering.core.model.Inburgeraar} with the plicht, vrijstellingen,
 * ontheffingen, the {@link io.github.inburgering.core.model.BredeIntake}, the {@link
 * io.github.inburgering.core.model.Pip} history, termijn, hours and exam results, and the code lists
 * fixed by law or by DUO.
 *
 * <p>Every type is immutable and checks its structure when it is built; a value that exists is
 * structurally valid. Whether its content is lawful is a question for the rule catalogue in {@link
 * io.github.inburgering.core.regels}.
 *
 * <p>Domain words are Dutch, as the law says them; article references use "Wi" (Wet inburgering
 * 2021), "BI" (Besluit inburgering 2021) and "RI" (Regeling inburgering 2021).
 */
package io.github.inburgering.core.model;
