/** Runnable examples of the inburgering library. */
module io.github.inburgering.examples {
  requires io.github.inburgering.json;

  exports io.github.inburgering.examples;
}
