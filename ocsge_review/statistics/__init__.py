"""Statistics: takes a store's journal and samples, gives accuracy with intervals, indicators, the monthly report and the pipeline's outbox."""
