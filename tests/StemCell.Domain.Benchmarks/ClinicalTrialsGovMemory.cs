using System.Globalization;
using System.IO.Compression;
using StemCell.Domain.ClinicalTrialsGov;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Peak memory of importing a bulk download: the synthetic zip of each size (<see cref="SyntheticBulkZip"/>, written
/// by this process to a temporary file) is read in a fresh process per size and way of reading it
/// (<see cref="PeakMemory"/>): by <see cref="ClinicalTrialsGovReader.ReadZip"/>; as the floor, opened and parsed entry
/// by entry with <see cref="System.Text.Json.JsonDocument"/>; and only opened, its entries counted, which is what
/// <see cref="ZipArchive"/>'s directory of entries costs on its own. Each table's first row is the same process
/// reading a zip of no studies.
/// </summary>
internal static class ClinicalTrialsGovMemory
{
    private static readonly int[] DefaultSizes = [0, 1_000, 10_000, 100_000];

    private static readonly Probe[] Probes =
    [
        new("entries", "ZipArchive opened, its entries counted (the directory of entries alone)", CountEntries),
        new("parse", "JsonDocument.Parse each entry (the floor)", ClinicalTrialsGovImportBenchmarks.ParseEntries),
        new("read", "ReadZip", ClinicalTrialsGovImportBenchmarks.ReadRecords),
        new("import", "ReadZip + ClinicalTrialsGovImporter.Map", ClinicalTrialsGovImportBenchmarks.ImportRecords),
    ];

    internal static int Run(string[] args)
    {
        if (args is ["--child", var name, var path, var size])
        {
            var probe = Probes.Single(p => p.Name == name);
            return PeakMemory.Report(int.Parse(size, CultureInfo.InvariantCulture), () => probe.Read(path));
        }

        var results = Probes.ToDictionary(p => p, _ => new List<PeakMemory.Result>());
        foreach (var records in PeakMemory.Sizes(args, "--records", DefaultSizes))
        {
            var zip = SyntheticBulkZip.CreateTemporary(records);
            try
            {
                var count = records.ToString(CultureInfo.InvariantCulture);
                foreach (var probe in Probes)
                {
                    results[probe].Add(PeakMemory.Measure("memory", "ctgov", "--child", probe.Name, zip, count));
                }
            }
            finally
            {
                File.Delete(zip);
            }
        }

        foreach (var probe in Probes)
        {
            Console.WriteLine($"{probe.Caption}:");
            PeakMemory.Print("Records", "record", results[probe]);
            Console.WriteLine();
        }

        return 0;
    }

    private static int CountEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.Count(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Probe(string Name, string Caption, Func<string, int> Read);
}
