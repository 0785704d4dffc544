using System.Security;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Explorer.Commands;

namespace StemCell.Explorer.Validation;

/// <summary>
/// Checks that a file is a valid dataset document and says why not in one line per problem, whatever is wrong: the
/// file (missing, a directory, unreadable, empty, binary, too large), the JSON (malformed, with its line and position),
/// or the dataset (invalid values, with their JSON path and line).
/// </summary>
internal static class DatasetFileValidator
{
    /// <summary>
    /// The largest file loaded whole, as a dataset to work on (a device such as /dev/zero never ends); <c>validate</c>
    /// streams a file of any size instead.
    /// </summary>
    internal const int MaxFileBytes = 256 * 1024 * 1024;

    // What is looked at before the JSON, for a file that is not UTF-8 text at all.
    private const int HeadBytes = 64 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Validates a file, writing the confirmation to <paramref name="output"/> or the problems to <paramref name="error"/>.</summary>
    /// <returns><see cref="ExitCodes.Success"/> for a valid dataset, otherwise <see cref="ExitCodes.Failure"/>.</returns>
    /// <remarks>
    /// The file is read as a stream, in memory that does not grow with its studies, so a document of any size can be
    /// checked; the lines of problems found after the JSON was read come from a second pass over the file.
    /// </remarks>
    internal static int Validate(string path, TextWriter output, TextWriter error)
    {
        var problems = CheckStreamed(path, out var check);
        foreach (var problem in problems)
        {
            error.WriteLine($"{path}: {problem}");
        }

        if (check is not { IsValid: true })
        {
            return ExitCodes.Failure;
        }

        output.WriteLine($"{path}: valid dataset ({Text.Count(check.SourceCount, "source", "sources")}, {Text.Count(check.StudyCount, "study", "studies")})");
        return ExitCodes.Success;
    }

    private static IReadOnlyList<string> CheckStreamed(string path, out DocumentCheck? check)
    {
        check = null;
        try
        {
            if (FileProblem(path) is { } problem)
            {
                return [problem];
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            if (!file.CanSeek)
            {
                // A pipe is read once: no look at its start first, and no second pass for the lines of later problems.
                check = StemCellJson.CheckAsync(file).AsTask().GetAwaiter().GetResult();
                return [.. check.Problems.Select(p => p.ToString())];
            }

            var head = new byte[HeadBytes];
            var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (NotJsonTextProblem(head.AsSpan(0, length), wholeFile: length < head.Length) is { } notText)
            {
                return [notText];
            }

            file.Position = 0;
            check = StemCellJson.CheckAsync(file).AsTask().GetAwaiter().GetResult();
            if (check.IsValid)
            {
                return [];
            }

            file.Position = 0;
            return Describe(check.Problems, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            check = null;
            return [$"cannot read the file: {e.Message}"];
        }
    }

    private static string? FileProblem(string path) =>
        Directory.Exists(path) ? "is a directory, not a dataset file"
        : !File.Exists(path) ? "no such file"
        : null;

    /// <summary>Reads a dataset file, writing its problems to <paramref name="error"/>, each after the path.</summary>
    /// <returns>The dataset, or null when the file is not a valid dataset.</returns>
    internal static EvidenceDataset? Load(string path, TextWriter error)
    {
        var problems = Check(path, out var dataset);
        foreach (var problem in problems)
        {
            error.WriteLine($"{path}: {problem}");
        }

        return dataset;
    }

    /// <summary>Reads and checks a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="dataset">The dataset when the file is valid; otherwise null.</param>
    /// <returns>One line per problem, each without the file name; empty when the file is valid.</returns>
    internal static IReadOnlyList<string> Check(string path, out EvidenceDataset? dataset)
    {
        dataset = null;
        byte[] bytes;
        try
        {
            if (FileProblem(path) is { } problem)
            {
                return [problem];
            }

            if (!TryRead(path, out bytes))
            {
                return [$"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB, too large to be read whole"];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            return [$"cannot read the file: {e.Message}"];
        }

        if (NotJsonTextProblem(bytes, wholeFile: true) is { } notText)
        {
            return [notText];
        }

        try
        {
            dataset = StemCellJson.Deserialize(bytes);
            return [];
        }
        catch (StemCellJsonException e)
        {
            using var document = new MemoryStream(bytes, writable: false);
            return Describe(e.Problems, document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"$: {e.Message}"];
        }
    }

    private static bool TryRead(string path, out byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                bytes = [];
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }

    /// <summary>A problem with a file that is not UTF-8 text; <paramref name="bytes"/> is its start, or all of it when <paramref name="wholeFile"/>.</summary>
    private static string? NotJsonTextProblem(ReadOnlySpan<byte> bytes, bool wholeFile)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "$: the file is UTF-16 text; a dataset document is UTF-8 JSON";
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"$: not a text file (byte {nul + 1} is a NUL byte); a dataset document is UTF-8 JSON";
        }

        return wholeFile && WithoutBom(bytes).Trim(" \t\r\n"u8).IsEmpty
            ? "$: the file is empty; a dataset document is a JSON object with formatVersion, sources and studies"
            : null;
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;

    // Problems the reader located carry their own "(line L, position P)"; the others get the line of their path, found
    // in a second pass over the document.
    private static string[] Describe(IReadOnlyList<ValidationProblem> problems, Stream document)
    {
        var unlocated = problems.Where(p => !p.Message.Contains("(line ", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        var lines = unlocated.Count == 0 ? null : JsonLineMap.TryCreate(document, unlocated);
        return
        [
            .. problems.Select(problem => lines?.LineOf(problem.Path) is { } line && !problem.Message.Contains("(line ", StringComparison.Ordinal)
                ? $"{problem} (line {line})"
                : problem.ToString()),
        ];
    }
}
