/**
 * The core of the inburgering library: always-valid domain types of the Wet inburgering 2021, the
 * dated rule catalogue and the validator. This module has no runtime dependency besides
 * {@code java.base}.
 */
module io.github.inburgering.core {
  exports io.github.inburgering.core;
  exports io.github.inburgering.core.id;
  exports io.github.inburgering.core.model;
  exports io.github.inburgering.core.regels;
  exports io.github.inburgering.core.traject;
}
