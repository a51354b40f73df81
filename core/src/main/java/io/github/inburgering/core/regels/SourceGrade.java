package io.github.inburgering.core.regels;

/** How firmly the source of a rule has been established. */
public enum SourceGrade {
  /** Read in the text of the Wet, Besluit or Regeling inburgering 2021 (or another statute). */
  LAW_TEXT,
  /** Taken from DUO's published M2M specification (OpenAPI files and README). */
  DUO_SPECIFICATION,
  /** From professional guidance (Divosa, VNG, Schulinck) or a recognised standard, not from law. */
  GUIDANCE,
  /**
   * The shared research marks the underlying rule UNCERTAIN; the behaviour encoded is the library's
   * judgment, explained in the rule's note.
   */
  UNCERTAIN
}
