/**
 * XDMF 3 sidecars ({@code .xmf}) that describe jpde's HDF5 output to ParaView and VisIt.
 *
 * <p>XDMF keeps light data (grid topology, times) in XML and points into an HDF5 file for the
 * heavy arrays. This package only builds the XML from a description,
 * {@link dev.jpde.io.xdmf.XdmfTimeSeries}; it does not read or write HDF5 itself.
 * {@link dev.jpde.io.hdf5.FileSetWriter} writes one sidecar next to every set it completes.
 */
package dev.jpde.io.xdmf;
