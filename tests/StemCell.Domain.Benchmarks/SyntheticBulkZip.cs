using System.IO.Compression;
using System.Text;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// A made-up ClinicalTrials.gov bulk download of any size: a zip of one API v2 Study JSON file per study, named by its
/// NCT number (<c>NCT00000001.json</c>), as the registry's download has them. Each file is a real record (the
/// templates under <c>ClinicalTrialsGov/</c>, whose README says where they come from) with its <c>nctId</c> changed
/// to one of its own: copy <c>i</c> is template <c>i % 5</c> with NCT number <c>i + 1</c>.
/// </summary>
internal static class SyntheticBulkZip
{
    private static readonly Template[] Templates =
        [.. new[] { "NCT03418623", "NCT00973089", "NCT04207047", "NCT06171568", "NCT02210780" }.Select(Template.Load)];

    /// <summary>Writes a zip of <paramref name="records"/> studies to a new temporary file.</summary>
    /// <returns>The file's path; the caller deletes it.</returns>
    /// <summary>Writes the synthetic zip of <paramref name="records"/> records to a file, for measuring a whole command on it.</summary>
    /// <returns>0, or 2 when the count is not a positive number.</returns>
    internal static int WriteTo(string path, string records)
    {
        if (!int.TryParse(records, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            Console.Error.WriteLine($"zip ctgov: '{records}' is not a positive number of records.");
            return 2;
        }

        Write(path, count);
        Console.Error.WriteLine($"Wrote {count} records to {path}.");
        return 0;
    }

    internal static string CreateTemporary(int records)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stemcell-ctgov-bulk-{records}-{Guid.NewGuid():N}.zip");
        try
        {
            Write(path, records);
            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static void Write(string path, int records)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        for (var i = 0; i < records; i++)
        {
            var template = Templates[i % Templates.Length];
            var nctId = $"NCT{i + 1:D8}";

            // Fastest rather than the registry's (unknown) level: the 100,000-study zip is written once per benchmark
            // process, and inflating costs about the same whatever the level.
            var entry = zip.CreateEntry(nctId + ".json", CompressionLevel.Fastest);
            using var json = entry.Open();
            json.Write(template.Json.AsSpan(0, template.IdOffset));
            json.Write(Encoding.ASCII.GetBytes(nctId));
            json.Write(template.Json.AsSpan(template.IdOffset + nctId.Length));
        }
    }

    /// <summary>A real record's bytes and where its NCT number, which appears once in it, starts.</summary>
    private sealed record Template(byte[] Json, int IdOffset)
    {
        internal static Template Load(string nctId)
        {
            var name = $"ClinicalTrialsGov.{nctId}.json";
            using var resource = typeof(SyntheticBulkZip).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The benchmarks lack the embedded record {name}.");
            using var bytes = new MemoryStream();
            resource.CopyTo(bytes);
            var json = bytes.ToArray();

            var id = Encoding.ASCII.GetBytes(nctId);
            var offset = json.AsSpan().IndexOf(id);
            if (offset < 0 || json.AsSpan(offset + id.Length).IndexOf(id) >= 0)
            {
                throw new InvalidOperationException($"{name} must name {nctId} exactly once, as its nctId.");
            }

            return new Template(json, offset);
        }
    }
}
