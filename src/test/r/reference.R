# Reference values for the trend statistics (issue 14), computed with R itself.
#
# Needs the Debian packages r-base-core and r-cran-sandwich. Run from the project root:
#
#   Rscript src/test/r/reference.R src/test/resources/r/
#
# It writes, into the folder given:
#   ratings.csv   seeded programmes: trend, stakeholder, wave, rating (the input)
#   expected.csv  per trend: lm slope, its stakeholder-clustered CR1 standard error
#                 (sandwich::vcovCL(fit, cluster = ~stakeholder, type = "HC1")), df = G - 1, CI
#                 with qt, two-sided p with pt; the final wave's one-sample t.test; the paired
#                 t.test of final - first wave for the stakeholders who rated both; the verdict
#                 at anonymity thresholds k = 2, 3 and 5
#   qt.csv        qt(p, df) for df 1..1000
# TrendStatisticsReferenceTest and TDistributionReferenceTest read these files; the build never runs
# R. The same seed gives the same files, so re-running the script must leave git clean.
#
# Conventions the Java code shares (the statistics are undefined there, so both sides decide the
# same way): no slope with fewer than 2 waves or 3 ratings; no clustered SE with 1 stakeholder; no
# slope p with fewer than 3 stakeholders; |slope| < 1e-12 is 0; a zero SE (taken as a clustered
# variance below 1e-12 here, see below) and an all-equal final wave decide p by sign (1 if the
# estimate is 0, else 0); an all-equal paired difference has a zero-width CI.
suppressPackageStartupMessages(library(sandwich))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "src/test/resources/r/"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

set.seed(20261414)

programme <- function(id, stakeholders, waves, skip, equal = FALSE) {
  effect <- rnorm(stakeholders, 0, 1)
  slope <- rnorm(1, 0.3, 0.4)
  rows <- list()
  for (s in seq_len(stakeholders)) {
    for (w in seq_len(waves)) {
      if (runif(1) < skip) next
      r <- if (equal) 1 else round(effect[s] + slope * w + rnorm(1, 0, 0.8))
      rows[[length(rows) + 1]] <- data.frame(
        trend = id, stakeholder = sprintf("S%02d", s), wave = w,
        rating = as.integer(max(-3, min(3, r))))
    }
  }
  do.call(rbind, rows)
}

specs <- list()
for (i in 1:240) {
  specs[[i]] <- if (i <= 12) {
    list(s = 1, w = sample(2:5, 1), skip = 0)        # one stakeholder: no clustered SE
  } else if (i <= 24) {
    list(s = 2, w = sample(2:5, 1), skip = 0.1)      # two stakeholders: SE and CI, no p
  } else if (i <= 36) {
    list(s = sample(2:9, 1), w = 1, skip = 0)        # a single wave: no slope
  } else if (i <= 46) {
    list(s = sample(3:8, 1), w = sample(2:4, 1), skip = 0, equal = TRUE)  # all ratings equal
  } else {
    list(s = sample(3:14, 1), w = sample(2:6, 1), skip = runif(1, 0, 0.45))  # some skip waves
  }
}
ratings <- do.call(rbind, lapply(seq_along(specs), function(i) {
  sp <- specs[[i]]
  d <- NULL
  while (is.null(d) || nrow(d) == 0) {
    d <- programme(sprintf("T%03d", i), sp$s, sp$w, sp$skip, isTRUE(sp$equal))
  }
  d
}))

sign_p <- function(estimate) if (estimate == 0) 1 else 0

# k is the programme's anonymity threshold: a final wave with fewer than max(2, k) ratings has no
# verdict, because figures from 1 to k - 1 ratings are withheld.
verdict <- function(final_n, k, final_mean, final_p, slope, slope_p) {
  if (final_n < max(2, k)) return("INSUFFICIENT_DATA")
  falls <- !is.na(slope) && !is.na(slope_p) && slope < 0 && slope_p < 0.05
  if ((final_mean < 0 && final_p < 0.05) || falls) return("DECLINING")
  if (final_mean > 0 && final_p < 0.05) return("IMPROVING_SIGNIFICANT")
  if (final_mean > 0 && (is.na(slope) || slope >= 0)) return("IMPROVING")
  "NO_CLEAR_CHANGE"
}

trend <- function(d) {
  waves <- sort(unique(d$wave))
  clusters <- length(unique(d$stakeholder))
  slope <- NA; se <- NA; df <- NA; lo <- NA; hi <- NA; p <- NA
  if (length(waves) >= 2 && nrow(d) >= 3) {
    fit <- lm(rating ~ wave, data = d)
    slope <- unname(coef(fit)["wave"])
    if (abs(slope) < 1e-12) slope <- 0
    if (clusters >= 2) {
      # an exact fit (all ratings equal) makes summary.lm warn; the variance is still 0
      v <- suppressWarnings(vcovCL(fit, cluster = ~stakeholder, type = "HC1"))
      # When each stakeholder's score cancels (an exact fit, or ratings that differ between
      # stakeholders by a constant offset only), the true variance is 0 but the matrix products
      # leave a rounding residue up to ~1e-14 (an SE of ~1e-7). Ratings are small integers, so a
      # variance that is not 0 is far above 1e-12.
      se <- if (v["wave", "wave"] < 1e-12) 0 else sqrt(v["wave", "wave"])
      df <- clusters - 1
      lo <- slope - qt(0.975, df) * se
      hi <- slope + qt(0.975, df) * se
      if (clusters >= 3) {
        p <- if (se > 0) 2 * pt(abs(slope) / se, df, lower.tail = FALSE) else sign_p(slope)
      }
    }
  }
  final_wave <- max(waves)
  last <- d$rating[d$wave == final_wave]
  final_mean <- mean(last)
  final_t <- NA; final_p <- NA
  if (length(last) >= 2) {
    if (var(last) > 0) {
      test <- t.test(last, mu = 0)
      final_t <- unname(test$statistic)
      final_p <- test$p.value
    } else {
      final_p <- sign_p(final_mean)
    }
  }
  paired_n <- 0; change <- NA; plo <- NA; phi <- NA
  if (length(waves) >= 2) {
    first <- d[d$wave == min(waves), c("stakeholder", "rating")]
    final <- d[d$wave == final_wave, c("stakeholder", "rating")]
    both <- merge(first, final, by = "stakeholder", suffixes = c(".first", ".final"))
    paired_n <- nrow(both)
    if (paired_n >= 1) {
      diff <- both$rating.final - both$rating.first
      change <- mean(diff)
      if (paired_n >= 2) {
        if (var(diff) > 0) {
          ci <- t.test(both$rating.final, both$rating.first, paired = TRUE)$conf.int
          plo <- ci[1]; phi <- ci[2]
        } else {
          plo <- change; phi <- change
        }
      }
    }
  }
  data.frame(
    trend = d$trend[1], n = nrow(d), waves = length(waves), clusters = clusters,
    slope = slope, slope_se = se, slope_df = df, slope_ci_low = lo, slope_ci_high = hi,
    slope_p = p, final_wave = final_wave, final_n = length(last), final_mean = final_mean,
    final_t = final_t, final_p = final_p, paired_n = paired_n, paired_change = change,
    paired_ci_low = plo, paired_ci_high = phi,
    verdict_k2 = verdict(length(last), 2, final_mean, final_p, slope, p),
    verdict_k3 = verdict(length(last), 3, final_mean, final_p, slope, p),
    verdict_k5 = verdict(length(last), 5, final_mean, final_p, slope, p))
}

expected <- do.call(rbind, lapply(split(ratings, ratings$trend), trend))

write17 <- function(frame, file) {
  for (col in names(frame)) {
    if (is.double(frame[[col]])) {
      frame[[col]] <- ifelse(is.na(frame[[col]]), "NA", sprintf("%.17g", frame[[col]]))
    }
  }
  write.csv(frame, file.path(out, file), row.names = FALSE, quote = FALSE, na = "NA")
}
write17(ratings, "ratings.csv")
write17(expected, "expected.csv")

ps <- c(0.6, 0.9, 0.95, 0.975, 0.995, 0.9995)
qt_rows <- expand.grid(p = ps, df = 1:1000)[, c("df", "p")]
qt_rows$q <- qt(qt_rows$p, qt_rows$df)
qt_rows$upper_tail <- 1 - qt_rows$p
write17(qt_rows, "qt.csv")
cat("wrote", nrow(ratings), "ratings,", nrow(expected), "trends,", nrow(qt_rows), "quantiles to", out, "\n")
