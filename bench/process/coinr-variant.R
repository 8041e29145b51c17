# One variant of the COINr pipeline, for bench/process/exactness.sh: Rscript coinr-variant.R iMeta.csv iData.csv out.csv
# IMPUTE(none|mean) NORMALISE(n_minmax|n_zscore) P1 P2 AGGREGATE(a_amean|a_gmean|a_hmean); scores with 17 significant digits.
suppressPackageStartupMessages({ library(COINr); library(data.table) })
a <- commandArgs(TRUE)
imeta <- as.data.frame(fread(a[1], na.strings = c("", "NA")))
# Quoted empty cells ("") are empty strings to fread, and COINr wants NA there (a root has no Parent).
imeta[] <- lapply(imeta, function(x) if (is.character(x)) replace(x, x == "", NA) else x)
idata <- as.data.frame(fread(a[2]))
coin <- new_coin(idata, imeta, quietly = TRUE)
d <- "Raw"
if (a[4] == "mean") { coin <- suppressMessages(Impute(coin, dset = "Raw", global_specs = list(f_i = "i_mean"), quietly = TRUE)); d <- "Imputed" }
para <- if (a[5] == "n_minmax") list(l_u = c(as.numeric(a[6]), as.numeric(a[7]))) else list(m_sd = c(as.numeric(a[6]), as.numeric(a[7])))
coin <- suppressMessages(Normalise(coin, dset = d, global_specs = list(f_n = a[5], f_n_para = para), quietly = TRUE))
coin <- suppressMessages(Aggregate(coin, dset = "Normalised", f_ag = a[8], quietly = TRUE))
aggs <- imeta$iCode[imeta$Type == "Aggregate"]
s <- get_dset(coin, "Aggregated")
out <- data.table(uCode = s$uCode)
for (g in aggs) out[[g]] <- sprintf("%.17g", s[[g]])
fwrite(out, a[3])
