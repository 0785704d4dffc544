using System.Globalization;
using StemCell.Domain.ClinicalTrialsGov;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Peak memory of importing a bulk download: the synthetic zip of each size (<see cref="SyntheticBulkZip"/>, written
/// by this process to a temporary file) is read by <see cref="ClinicalTrialsGovReader.ReadZip"/> in a fresh process
/// of its own (<see cref="PeakMemory"/>), which only reads it. The baseline is the same process reading a zip of no
/// studies.
/// </summary>
internal static class ClinicalTrialsGovMemory
{
    private static readonly int[] DefaultSizes = [0, 1_000, 10_000, 100_000];

    internal static int Run(string[] args)
    {
        if (args is ["--child", var path, var size])
        {
            return PeakMemory.Report(int.Parse(size, CultureInfo.InvariantCulture), () => ClinicalTrialsGovImportBenchmarks.ReadRecords(path));
        }

        var results = new List<PeakMemory.Result>();
        foreach (var records in PeakMemory.Sizes(args, "--records", DefaultSizes))
        {
            var zip = SyntheticBulkZip.CreateTemporary(records);
            try
            {
                results.Add(PeakMemory.Measure("memory", "ctgov", "--child", zip, records.ToString(CultureInfo.InvariantCulture)));
            }
            finally
            {
                File.Delete(zip);
            }
        }

        PeakMemory.Print("Records", "record", results);
        return 0;
    }
}
