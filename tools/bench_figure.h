#pragma once
// Prints the "4K figure end to end" line of dermaview_bench: `runs` runs of
// the real `dermaview render` process beside the benchmark binary.
void print_figure_benchmark(int runs);
