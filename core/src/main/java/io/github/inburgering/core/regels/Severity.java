package io.github.inburgering.core.regels;

/** How serious a finding is. */
public enum Severity {
  /** The document breaks the law or an acceptance rule of DUO: it is not valid. */
  ERROR,
  /** The document is valid, but a condition that rests on the college's judgment needs a look. */
  WARNING,
  /** Information, for example a value the receiver will derive. */
  INFO
}
