# R + COINr side of bench/process: read iMeta/iData with data.table::fread, min-max [0, 100], arithmetic mean,
# ranks of every aggregate, write a results CSV with fwrite. Usage: Rscript coinr.R iMeta.csv iData.csv out.csv [exact]
# With a fourth argument "exact", scores are written with 17 significant digits so results can be compared bit for bit.
suppressPackageStartupMessages({ library(COINr); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
imeta <- as.data.frame(fread(args[1], na.strings = c("", "NA")))
# Quoted empty cells ("") are empty strings to fread, and COINr wants NA there (a root has no Parent).
imeta[] <- lapply(imeta, function(x) if (is.character(x)) replace(x, x == "", NA) else x)
idata <- as.data.frame(fread(args[2]))
coin <- new_coin(idata, imeta, quietly = TRUE)
coin <- suppressMessages(Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))),
                  quietly = TRUE))
coin <- suppressMessages(Aggregate(coin, dset = "Normalised", f_ag = "a_amean", quietly = TRUE))
aggs <- imeta$iCode[imeta$Type == "Aggregate"]
scores <- get_dset(coin, "Aggregated")[c("uCode", aggs)]
out <- data.table(uCode = scores$uCode)
for (a in aggs) out[[a]] <- scores[[a]]
for (a in aggs) out[[paste0(a, ".rank")]] <- rank(-scores[[a]], ties.method = "min", na.last = "keep")
if (length(args) >= 4 && args[4] == "exact") {
  for (a in aggs) out[[a]] <- sprintf("%.17g", out[[a]])
}
fwrite(out, args[3])
