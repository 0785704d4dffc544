using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Columns of the mean time and the allocated bytes divided by a benchmark's <c>Records</c> parameter: constant down a
/// column when the cost grows linearly with the input.
/// </summary>
internal sealed class PerRecordColumns : IColumn
{
    private const string RecordsParameter = nameof(ClinicalTrialsGovImportBenchmarks.Records);

    private static readonly PerRecordColumns Time = new(
        "Time/record",
        "Mean divided by the number of records",
        (summary, benchmark) => summary[benchmark]?.ResultStatistics?.Mean,
        nanoseconds => $"{nanoseconds / 1000:N2} µs");

    private static readonly PerRecordColumns Allocated = new(
        "Allocated/record",
        "Allocated bytes per operation divided by the number of records",
        (summary, benchmark) => summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark),
        bytes => $"{bytes:N0} B");

    private readonly Func<Summary, BenchmarkCase, double?> _measure;
    private readonly Func<double, string> _format;

    private PerRecordColumns(string name, string legend, Func<Summary, BenchmarkCase, double?> measure, Func<double, string> format)
    {
        ColumnName = name;
        Legend = legend;
        _measure = measure;
        _format = format;
    }

    public string Id => nameof(PerRecordColumns) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Parameters[RecordsParameter] is int records and > 0 && _measure(summary, benchmarkCase) is { } total
            ? _format(total / records)
            : "-";

    public override string ToString() => ColumnName;

    /// <summary>Adds both columns to a benchmark class that has a <c>Records</c> parameter.</summary>
    internal sealed class Config : ManualConfig
    {
        public Config() => AddColumn(Time, Allocated);
    }
}
