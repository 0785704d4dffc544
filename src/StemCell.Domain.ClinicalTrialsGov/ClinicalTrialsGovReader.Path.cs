using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov;

public static partial class ClinicalTrialsGovReader
{
    private static readonly byte[] StudyFieldsMarker = Encoding.UTF8.GetBytes("\"StudyFieldsResponse\"");

    /// <summary>
    /// Reads every ClinicalTrials.gov record in a file or folder, whatever its format: API v2 JSON (a study, a search page
    /// or a website export), a bulk download zip, a folder of classic StudyFields chunk files, or a classic CSV export.
    /// </summary>
    /// <param name="path">A file, or a folder. A folder whose JSON files are classic StudyFields chunks is read as one query's
    /// chunks; any other folder is read file by file (its <c>.json</c>, <c>.zip</c> and <c>.csv</c> files; notes such as a
    /// README are passed over), and its subfolders after its files, each in ordinal name order.</param>
    /// <returns>
    /// One result per record, in input order. A file that is not a registry document at all (truncated JSON, an HTML page, a
    /// binary file, a CSV that is not the classic export) gives one failed result naming the file and where in it, with no
    /// NCT number, and the files after it are still read.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">No file or folder is at <paramref name="path"/>.</exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder.", path);
        }

        return ReadPathCore(path);
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadPathCore(string path)
    {
        if (Directory.Exists(path))
        {
            // A folder may hold notes beside the records (a README, a SOURCES.md): only registry files are read.
            var files = Directory.GetFiles(path).Where(IsRegistryFileName).Order(StringComparer.Ordinal).ToList();
            var jsonFiles = files.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
            var chunks = jsonFiles.Where(IsStudyFieldsChunk).ToHashSet(StringComparer.Ordinal);
            if (jsonFiles.Count > 0 && chunks.Count == jsonFiles.Count)
            {
                foreach (var result in Guarded(path, () => ReadClassicStudyFields(path)))
                {
                    yield return result;
                }

                files = files.Except(jsonFiles).ToList();
            }

            foreach (var file in files)
            {
                foreach (var result in ReadFile(file, chunks.Contains(file)))
                {
                    yield return result;
                }
            }

            foreach (var folder in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
            {
                foreach (var result in ReadPathCore(folder))
                {
                    yield return result;
                }
            }

            yield break;
        }

        foreach (var result in ReadFile(path, IsStudyFieldsChunk(path)))
        {
            yield return result;
        }
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadFile(string file, bool isStudyFieldsChunk)
    {
        var name = file;
        if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return Guarded(name, () => ReadZipFile(file, name));
        }

        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Guarded(name, () => ReadFromFile(file, stream => ReadClassicCsv(stream, name)));
        }

        if (isStudyFieldsChunk)
        {
            return Guarded(name, () => ReadClassicStudyFields([file]));
        }

        return Guarded(name, () => ReadFromFile(file, stream => ReadJson(stream, name)));
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadZipFile(string file, string name)
    {
        using var stream = File.OpenRead(file);
        foreach (var result in ReadZip(stream, name))
        {
            yield return result;
        }
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> ReadFromFile(string file, Func<Stream, IEnumerable<ClinicalTrialsGovReadResult>> read)
    {
        using var stream = File.OpenRead(file);
        foreach (var result in read(stream))
        {
            yield return result;
        }
    }

    /// <summary>Turns an input that is not a registry document, or cannot be opened, into one failed result, so the inputs after it are still read.</summary>
    private static IEnumerable<ClinicalTrialsGovReadResult> Guarded(string name, Func<IEnumerable<ClinicalTrialsGovReadResult>> read)
    {
        IEnumerator<ClinicalTrialsGovReadResult>? results = null;
        var position = 0;
        try
        {
            while (true)
            {
                ClinicalTrialsGovReadResult? result;
                string? failure = null;
                try
                {
                    results ??= read().GetEnumerator();
                    result = results.MoveNext() ? results.Current : null;
                }
                catch (Exception e) when (e is ClinicalTrialsGovFormatException or IOException or UnauthorizedAccessException)
                {
                    result = null;
                    failure = e is ClinicalTrialsGovFormatException ? e.Message : $"{name}: cannot read the file: {e.Message}";
                }

                if (failure is not null)
                {
                    yield return new ClinicalTrialsGovReadResult { Source = name, Position = position + 1, Error = failure };
                    yield break;
                }

                if (result is null)
                {
                    yield break;
                }

                position = result.Position;
                yield return result;
            }
        }
        finally
        {
            results?.Dispose();
        }
    }

    private static bool IsRegistryFileName(string file) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsStudyFieldsChunk(string file)
    {
        // A classic chunk file says so in its first bytes: {"StudyFieldsResponse": {...}}.
        try
        {
            using var stream = File.OpenRead(file);
            Span<byte> head = stackalloc byte[256];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head[..read].IndexOf(StudyFieldsMarker) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
