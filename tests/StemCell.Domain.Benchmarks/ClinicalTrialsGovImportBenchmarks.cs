using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StemCell.Domain.ClinicalTrialsGov;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Importing a ClinicalTrials.gov bulk download: a zip of 1,000, 10,000 and 100,000 API v2 study files
/// (<see cref="SyntheticBulkZip"/>, written to a temporary file per process) read by
/// <see cref="ClinicalTrialsGovReader.ReadZip"/> into registry records. The baseline opens the same zip and parses each
/// entry with <see cref="JsonDocument.Parse(Stream, JsonDocumentOptions)"/>: the floor for anything that reads every
/// byte of every study. The per-record columns divide the mean and the allocated bytes by the number of records, so
/// linear growth shows as a constant cost per record. Peak memory is measured by <c>memory ctgov</c>, in a process per size.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRecordColumns.Config))]
public class ClinicalTrialsGovImportBenchmarks
{
    private string _zip = "";

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    public static IEnumerable<int> Sizes => Smoke.IsOn ? [100] : [1_000, 10_000, 100_000];

    [GlobalSetup]
    public void WriteZip() => _zip = SyntheticBulkZip.CreateTemporary(Records);

    [GlobalCleanup]
    public void DeleteZip() => File.Delete(_zip);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse each entry")]
    public int ParseEntries() => Expect(ParseEntries(_zip));

    [Benchmark(Description = "ReadZip")]
    public int ReadZip() => Expect(ReadRecords(_zip));

    [Benchmark(Description = "ReadZip + ClinicalTrialsGovImporter.Map")]
    public int Import() => Expect(ImportRecords(_zip));

    /// <summary>Reads every record of the zip and maps each into the evidence model, keeping nothing (a streaming import).</summary>
    /// <returns>How many records were mapped.</returns>
    /// <exception cref="InvalidOperationException">A record could not be read.</exception>
    internal static int ImportRecords(string zipPath)
    {
        using var zip = File.OpenRead(zipPath);
        var mapped = 0;
        foreach (var result in ClinicalTrialsGovReader.ReadZip(zip, Path.GetFileName(zipPath)))
        {
            var entry = ClinicalTrialsGovImporter.Map(result);
            _ = entry.Outcome == ClinicalTrialsGovImportOutcome.Failed
                ? throw new InvalidOperationException($"The synthetic zip has a record that does not import: {entry.Reason}")
                : entry;
            mapped++;
        }

        return mapped;
    }

    /// <summary>Opens the zip and parses each JSON entry into a <see cref="JsonDocument"/>, which it disposes.</summary>
    /// <returns>How many entries were parsed.</returns>
    internal static int ParseEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var parsed = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                using var json = entry.Open();
                using var document = JsonDocument.Parse(json);
                parsed++;
            }
        }

        return parsed;
    }

    /// <summary>Reads every record of the zip with <see cref="ClinicalTrialsGovReader.ReadZip"/>.</summary>
    /// <returns>How many records were read.</returns>
    /// <exception cref="InvalidOperationException">A record could not be read.</exception>
    internal static int ReadRecords(string zipPath)
    {
        using var zip = File.OpenRead(zipPath);
        var read = 0;
        foreach (var result in ClinicalTrialsGovReader.ReadZip(zip, Path.GetFileName(zipPath)))
        {
            _ = result.Record ?? throw new InvalidOperationException($"The synthetic zip has a record that does not read: {result.Error}");
            read++;
        }

        return read;
    }

    private int Expect(int count) =>
        count == Records ? count : throw new InvalidOperationException($"Got {count} of {Records} records.");
}
