/**
 * XDMF sidecars ({@code .xmf}) that describe jpde's HDF5 output to ParaView and VisIt.
 *
 * <p>XDMF keeps light data (grid topology, times) in XML and points into an HDF5 file for the
 * heavy arrays. This package only builds the XML from a description,
 * {@link dev.jpde.io.xdmf.XdmfTimeSeries}; it neither reads nor writes HDF5.
 * {@link dev.jpde.io.hdf5.FileSetWriter} writes one XDMF 3 sidecar next to every set it
 * completes; {@link dev.jpde.io.xdmf.XdmfWriter.Dialect} explains why ParaView's Xdmf3 readers and
 * its legacy XDMF reader need different files.
 */
package dev.jpde.io.xdmf;
