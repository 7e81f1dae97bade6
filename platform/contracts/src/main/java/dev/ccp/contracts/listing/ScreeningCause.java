package dev.ccp.contracts.listing;

/** Why a listing was screened: submitted, edited by its seller, re-screened on new evidence, or reviewed. */
public enum ScreeningCause { SUBMITTED, UPDATED, RESCREENED, REVIEWED }
