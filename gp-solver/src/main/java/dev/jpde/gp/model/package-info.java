/**
 * The GP-HM model (Fang et al., ICLR 2024; spec gp-hm.md sections 3-4): solution values on a tensor grid as latent
 * variables with a Kronecker-structured spectral-mixture GP prior, derivatives by the kernel-derivative trick, and the
 * negative log joint with its analytic gradient with respect to the values, the two noise precisions and every kernel
 * parameter; and the trained model's posterior mean rebuilt from stored values ({@code PosteriorMean}) for prediction
 * anywhere.
 */
package dev.jpde.gp.model;
