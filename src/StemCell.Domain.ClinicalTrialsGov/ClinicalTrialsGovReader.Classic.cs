using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using NodaTime;
using StemCell.Domain.ClinicalTrialsGov.Classic;

namespace StemCell.Domain.ClinicalTrialsGov;

// The classic formats; the class is documented in ClinicalTrialsGovReader.cs.
public static partial class ClinicalTrialsGovReader
{
    /// <summary>
    /// Reads a folder of classic StudyFields API chunk files (<c>*.json</c>, read in file name order), each holding a
    /// few fields of every trial of one query, merged by NCT number into one record per trial.
    /// </summary>
    /// <param name="folder">The folder that holds one query's chunk files.</param>
    /// <returns>One result per trial, in rank order; <see cref="ClinicalTrialsGovReadResult.Source"/> is <paramref name="folder"/>.</returns>
    /// <remarks>
    /// The whole folder is read before the method returns. See <see cref="ReadClassicStudyFields(IEnumerable{string})"/>
    /// for how the chunks are merged and what is kept.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">The folder holds no <c>*.json</c> file, or a file that is not StudyFields JSON.</exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadClassicStudyFields(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new ClinicalTrialsGovFormatException(folder, null, "the folder holds no StudyFields chunk file (*.json).");
        }

        return ReadStudyFieldsChunks(folder, files);
    }

    /// <summary>
    /// Reads classic StudyFields API chunk files of one query, each holding a few fields of every trial, merged by NCT
    /// number into one record per trial.
    /// </summary>
    /// <param name="files">The paths of the query's chunk files.</param>
    /// <returns>
    /// One result per trial, in rank order; <see cref="ClinicalTrialsGovReadResult.Source"/> is the files' folder and
    /// <see cref="ClinicalTrialsGovReadResult.Position"/> the trial's rank.
    /// </returns>
    /// <remarks>
    /// <para>
    /// Every file is read before the method returns. A trial's fields are taken from every chunk that lists it;
    /// a study entry without a valid <c>NCTId</c> is an error result. <see cref="ClinicalTrialsGovRecord.DataVersion"/> is
    /// the date of the chunks' <c>DataVrs</c>; when the chunks' <c>DataVrs</c> differ, it is the earliest (every field
    /// is at least that recent) and each record carries a warning naming the versions.
    /// </para>
    /// <para>
    /// The API flattens nested lists: <c>ArmGroupInterventionName</c> is every arm's intervention names one after the
    /// other, and <c>LocationFacility</c>, <c>LocationCity</c>, <c>LocationState</c> and <c>LocationCountry</c> are
    /// parallel lists that leave out empty values. A list is laid along its items only when that is certain (its length
    /// is the number of items, or there is a single item, or, for arms and interventions, the two cross-listings fit
    /// together in exactly one way); otherwise the per-item values are left empty and a warning names the field.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null or holds a null path.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException"><paramref name="files"/> is empty, or a file cannot be read or is not StudyFields JSON; the message names the file.</exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadClassicStudyFields(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var paths = files.ToArray();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(files));
        }

        if (paths.Length == 0)
        {
            throw new ClinicalTrialsGovFormatException("(no files)", null, "no StudyFields chunk file was given.");
        }

        var folders = paths.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal).ToArray();
        var source = folders.Length == 1 && !string.IsNullOrEmpty(folders[0]) ? folders[0]! : string.Join(", ", paths);
        return ReadStudyFieldsChunks(source, paths);
    }

    /// <summary>Reads the classic ClinicalTrials.gov website's CSV export: one record per row.</summary>
    /// <param name="csv">The export, UTF-8 with or without a byte order mark. The caller keeps ownership of the stream.</param>
    /// <param name="sourceName">The input's name, such as its file name, for results and messages.</param>
    /// <returns>One result per data row, in file order; <see cref="ClinicalTrialsGovReadResult.Position"/> is the row's number (1 for the first data row).</returns>
    /// <remarks>
    /// <para>
    /// The whole stream is read before the method returns. Columns are found by their header names, so the export's
    /// column choice and order do not matter, but the header must hold <c>NCT Number</c> and only the classic export's
    /// column names. Fields follow RFC 4180 (commas, doubled quotes and line breaks inside quoted fields); blank lines
    /// are skipped. A row with the wrong number of fields, a field that breaks the quoting rules, or a row without a
    /// valid NCT number is an error result naming the line (and column); the other rows still read.
    /// </para>
    /// <para>
    /// The export carries no data version, no date or enrollment types, and outcome measures without their kind
    /// (<see cref="ClinicalTrialsGovRecord.UnclassifiedOutcomes"/>). The package README lists how each column is read
    /// and what cannot be told from it.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">
    /// The input is not UTF-8 text, or its header (line 1) is not the classic export's; the message names <paramref name="sourceName"/> and the line.
    /// </exception>
    public static IEnumerable<ClinicalTrialsGovReadResult> ReadClassicCsv(Stream csv, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(sourceName);
        string text;
        try
        {
            using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException exception)
        {
            throw new ClinicalTrialsGovFormatException(sourceName, null, "not UTF-8 text; expected the classic ClinicalTrials.gov CSV export.", exception);
        }

        using var rows = ClassicCsvParser.Parse(text).GetEnumerator();
        var columns = CsvHeader(rows.MoveNext() ? rows.Current : null, sourceName);
        var results = new List<ClinicalTrialsGovReadResult>();
        while (rows.MoveNext())
        {
            results.Add(CsvResult(rows.Current, columns, sourceName, results.Count + 1));
        }

        return results;
    }

    private static FrozenDictionary<string, int> CsvHeader(CsvRow? header, string sourceName)
    {
        const string Expected = "expected the classic ClinicalTrials.gov CSV export's header (\"Rank\",\"NCT Number\",\"Title\",…)";
        if (header is null)
        {
            throw new ClinicalTrialsGovFormatException(sourceName, "line 1", $"the file is empty; {Expected}.");
        }

        if (header.Error is not null)
        {
            throw new ClinicalTrialsGovFormatException(sourceName, "line 1", $"{header.Error} {Expected}.");
        }

        var unknown = header.Fields.Where(name => !ClassicCsvRecordBuilder.Columns.Contains(name)).ToArray();
        var duplicates = header.Fields.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToArray();
        var problems = new List<string>();
        if (header.Line != 1)
        {
            problems.Add("the file starts with blank lines");
        }

        if (!header.Fields.Contains(ClassicCsvRecordBuilder.NctNumber))
        {
            problems.Add($"no '{ClassicCsvRecordBuilder.NctNumber}' column");
        }

        if (unknown.Length > 0)
        {
            problems.Add($"columns the export does not have: {string.Join(", ", unknown.Select(name => $"'{name}'"))}");
        }

        if (duplicates.Length > 0)
        {
            problems.Add($"repeated columns: {string.Join(", ", duplicates.Select(name => $"'{name}'"))}");
        }

        if (problems.Count > 0)
        {
            throw new ClinicalTrialsGovFormatException(sourceName, "line 1", $"{string.Join("; ", problems)}; {Expected}.");
        }

        return header.Fields.Select((name, index) => (name, index)).ToFrozenDictionary(column => column.name, column => column.index, StringComparer.Ordinal);
    }

    private static ClinicalTrialsGovReadResult CsvResult(CsvRow row, FrozenDictionary<string, int> columns, string sourceName, int position)
    {
        if (row.Error is not null)
        {
            return new ClinicalTrialsGovReadResult { Source = sourceName, Position = position, Error = row.Error };
        }

        if (row.Fields.Length != columns.Count)
        {
            return new ClinicalTrialsGovReadResult
            {
                Source = sourceName,
                Position = position,
                Error = $"line {row.Line}: {row.Fields.Length} fields where the header has {columns.Count}.",
            };
        }

        var nctColumn = columns[ClassicCsvRecordBuilder.NctNumber];
        var nctId = row.Fields[nctColumn];
        if (!ClassicValues.IsNctId(nctId))
        {
            return new ClinicalTrialsGovReadResult
            {
                Source = sourceName,
                Position = position,
                Error = $"line {row.Line}, column {nctColumn + 1} ({ClassicCsvRecordBuilder.NctNumber}): '{nctId}' is not an NCT number (NCT followed by eight digits).",
            };
        }

        var warnings = new List<string>();
        var record = ClassicCsvRecordBuilder.Build(nctId, row.Fields, columns, row.Line, warnings);
        return new ClinicalTrialsGovReadResult { Source = sourceName, Position = position, NctId = nctId, Record = record, Warnings = [.. warnings] };
    }

    private static List<ClinicalTrialsGovReadResult> ReadStudyFieldsChunks(string source, string[] files)
    {
        var chunks = files.Select(StudyFieldsChunk.Read).ToArray();
        var (dataVersion, versionWarnings) = StudyFieldsDataVersion(chunks);
        var hasResultsKnown = chunks.Any(chunk => chunk.FieldList.Contains("ResultsFirstSubmitDate", StringComparer.Ordinal));

        // Each study entry is a trial to merge, or an error; both keep their place in rank order.
        var slots = new List<(int Rank, ClinicalTrialsGovReadResult? Error, MergedTrial? Trial)>();
        var trials = new Dictionary<string, MergedTrial>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            foreach (var entry in chunk.Studies)
            {
                var ids = entry.Fields.TryGetValue("NCTId", out var values) ? values : [];
                if (ids.Length != 1 || !ClassicValues.IsNctId(ids[0]))
                {
                    slots.Add((entry.Rank, new ClinicalTrialsGovReadResult
                    {
                        Source = source,
                        Position = entry.Rank,
                        Error = $"{chunk.File}, {entry.Path}.NCTId: expected one NCT number (NCT followed by eight digits), found [{string.Join(", ", ids.Select(id => $"'{id}'"))}].",
                    }, null));
                    continue;
                }

                if (!trials.TryGetValue(ids[0], out var trial))
                {
                    trial = new MergedTrial(ids[0], entry.Rank);
                    trials.Add(ids[0], trial);
                    slots.Add((entry.Rank, null, trial));
                }

                trial.Add(chunk, entry);
            }
        }

        return [.. slots.OrderBy(slot => slot.Rank).Select(slot => slot.Error ?? StudyFieldsResult(source, slot.Trial!, chunks, dataVersion, versionWarnings, hasResultsKnown))];
    }

    private static ClinicalTrialsGovReadResult StudyFieldsResult(
        string source,
        MergedTrial trial,
        StudyFieldsChunk[] chunks,
        LocalDate? dataVersion,
        ImmutableArray<string> versionWarnings,
        bool hasResultsKnown)
    {
        var warnings = new List<string>(versionWarnings);
        warnings.AddRange(trial.Warnings);
        foreach (var missing in chunks.Where(chunk => !trial.Files.Contains(chunk.File)))
        {
            warnings.Add($"{missing.File} does not list this trial; its fields ({string.Join(", ", missing.FieldList.Where(field => field != "NCTId"))}) are unset.");
        }

        var record = StudyFieldsRecordBuilder.Build(trial.NctId, dataVersion, trial.Fields, hasResultsKnown, warnings);
        return new ClinicalTrialsGovReadResult
        {
            Source = source,
            Position = trial.Rank,
            NctId = trial.NctId,
            Record = record,
            Warnings = [.. warnings],
        };
    }

    private static (LocalDate? DataVersion, ImmutableArray<string> Warnings) StudyFieldsDataVersion(StudyFieldsChunk[] chunks)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        var versions = new List<LocalDate>();
        foreach (var chunk in chunks.Where(chunk => chunk.DataVersion is not null))
        {
            if (ClassicDates.TryParseDataVersion(chunk.DataVersion!, out var version))
            {
                versions.Add(version);
            }
            else
            {
                warnings.Add($"{chunk.File}: DataVrs '{chunk.DataVersion}' is not a date such as '2022:10:09 23:24:50.411'; not used.");
            }
        }

        var distinct = chunks.Select(chunk => chunk.DataVersion).Where(version => version is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > 1)
        {
            var byVersion = distinct.Select(version =>
                $"'{version}' ({string.Join(", ", chunks.Where(chunk => chunk.DataVersion == version).Select(chunk => Path.GetFileName(chunk.File)))})");
            warnings.Add($"DataVrs: the chunk files come from different data versions: {string.Join("; ", byVersion)}; the record's DataVersion is the earliest.");
        }

        return (versions.Count == 0 ? null : versions.Min(), warnings.ToImmutable());
    }

    /// <summary>One trial's fields gathered from the chunks that list it.</summary>
    private sealed class MergedTrial(string nctId, int rank)
    {
        public string NctId { get; } = nctId;

        public int Rank { get; } = rank;

        public Dictionary<string, ImmutableArray<string>> Fields { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public List<string> Warnings { get; } = [];

        public void Add(StudyFieldsChunk chunk, StudyFieldsEntry entry)
        {
            Files.Add(chunk.File);
            if (entry.Rank != Rank)
            {
                Warnings.Add($"{chunk.File}, {entry.Path}.Rank: {entry.Rank}, where an earlier chunk gives {Rank}; the first is kept.");
            }

            foreach (var (field, values) in entry.Fields)
            {
                if (!Fields.TryGetValue(field, out var earlier))
                {
                    Fields.Add(field, values);
                }
                else if (!earlier.SequenceEqual(values, StringComparer.Ordinal))
                {
                    Warnings.Add($"{chunk.File}, {entry.Path}.{field}: differs from an earlier chunk's; the first is kept.");
                }
            }
        }
    }
}
