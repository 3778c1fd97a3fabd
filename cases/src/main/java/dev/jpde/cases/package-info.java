/**
 * The named benchmark cases and the library calls behind the {@code jpde} command line: load a case (named or
 * from a file), resolve its components, run it with progress and HDF5 output, describe and validate cases.
 */
package dev.jpde.cases;
