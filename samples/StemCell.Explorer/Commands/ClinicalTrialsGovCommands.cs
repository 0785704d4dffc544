using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Security;
using System.Text;
using Spectre.Console;
using StemCell.Domain.ClinicalTrialsGov;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>
/// The ClinicalTrials.gov commands: <c>import ctgov</c> reads registry files into a dataset document and an import
/// report; <c>fetch ctgov</c> does the same with records searched on the live registry.
/// </summary>
internal static class ClinicalTrialsGovCommands
{
    internal static Command CreateImport(ExplorerContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Registry files or folders: API v2 JSON (a study, a search page, a website export), bulk download zips, "
                + "folders of classic StudyFields chunk files, classic CSV exports.",
            Arity = ArgumentArity.OneOrMore,
        };
        var (dataset, report) = OutputOptions();
        var curation = new Option<string?>("--curation")
        {
            Description = "Apply the reviewed decisions of this curation document (JSON) to the imported studies.",
            HelpName = "file",
        };
        var into = new Option<string?>("--into")
        {
            Description = "Add the imported sources and studies after those of this dataset document; an id in both is an error.",
            HelpName = "file",
        };
        var ctgov = new Command(
            "ctgov",
            "Import ClinicalTrials.gov records: the MS and ALS stem cell trials become studies of a dataset document, every other "
            + "record is reported with why it was left out. Prints a summary (on standard error when the dataset goes to standard "
            + "output); exits 1 when any input failed.")
        {
            paths, dataset, report, curation, into,
        };
        ctgov.SetAction(parseResult =>
        {
            var inputs = parseResult.GetRequiredValue(paths);
            foreach (var missing in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                context.Error.WriteLine($"{missing}: no such file or folder.");
                return ExitCodes.Failure;
            }

            var finish = Finish(context, parseResult.GetValue(curation), parseResult.GetValue(into));
            return finish is null
                ? ExitCodes.Failure
                : Import(context, datasetPath: parseResult.GetValue(dataset), reportPath: parseResult.GetValue(report), finish, import => WithProgress(context, inputs, import));
        });
        return new Command("import", "Import records from another system into a dataset document.") { ctgov };
    }

    internal static Command CreateFetch(ExplorerContext context)
    {
        var condition = new Option<string?>("--condition") { Description = "Search the conditions (query.cond), such as \"ALS\".", HelpName = "text" };
        var intervention = new Option<string?>("--intervention") { Description = "Search the interventions (query.intr), such as \"mesenchymal\".", HelpName = "text" };
        var term = new Option<string?>("--term") { Description = "Search every field (query.term).", HelpName = "text" };
        var status = new Option<string[]>("--status")
        {
            Description = "Keep only these overall statuses, in API v2 spelling (RECRUITING, COMPLETED, …).",
            HelpName = "status",
            AllowMultipleArgumentsPerToken = true,
        };
        var max = new Option<int?>("--max") { Description = "Stop after this many records.", HelpName = "count" };
        var address = new Option<string?>("--api")
        {
            Description = "The API's address, ending in '/' (default https://clinicaltrials.gov/api/v2/), for a mirror or a test server.",
            HelpName = "url",
        };
        var (dataset, report) = OutputOptions();
        dataset.Required = true;
        var ctgov = new Command(
            "ctgov",
            "Search the live ClinicalTrials.gov API v2 (this needs the network) and import what it returns, as 'import ctgov' does.")
        {
            condition, intervention, term, status, max, address, dataset, report,
        };
        ctgov.Validators.Add(result =>
        {
            if (result.GetValue(condition) is null && result.GetValue(intervention) is null && result.GetValue(term) is null)
            {
                result.AddError("Give at least one of --condition, --intervention and --term.");
            }

            if (result.GetValue(max) is <= 0)
            {
                result.AddError("--max must be a positive number.");
            }

            if (result.GetValue(address) is { } api && (!Uri.TryCreate(api, UriKind.Absolute, out var uri) || !uri.AbsoluteUri.EndsWith('/')))
            {
                result.AddError("--api must be an absolute address ending in '/', such as https://clinicaltrials.gov/api/v2/.");
            }
        });
        ctgov.SetAction(async (parseResult, cancellationToken) =>
        {
            ClinicalTrialsGovQuery query;
            try
            {
                query = new ClinicalTrialsGovQuery
                {
                    Condition = parseResult.GetValue(condition),
                    Intervention = parseResult.GetValue(intervention),
                    Term = parseResult.GetValue(term),
                    OverallStatuses = [.. (parseResult.GetValue(status) ?? []).Select(s => s.ToUpperInvariant())],
                    MaxRecords = parseResult.GetValue(max),
                };
            }
            catch (ArgumentException e)
            {
                context.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.UsageError;
            }

            using var http = new HttpClient();
            var options = parseResult.GetValue(address) is { } api ? new ClinicalTrialsGovClientOptions { BaseAddress = new Uri(api) } : null;
            var client = new ClinicalTrialsGovClient(http, options);
            var results = new List<ClinicalTrialsGovReadResult>();
            try
            {
                await foreach (var result in client.SearchAsync(query, cancellationToken))
                {
                    results.Add(result);
                }
            }
            catch (Exception e) when (e is HttpRequestException or ClinicalTrialsGovHttpException or ClinicalTrialsGovFormatException or TaskCanceledException)
            {
                context.Error.WriteLine($"ClinicalTrials.gov: {e.Message}");
                return ExitCodes.Failure;
            }

            return Import(context, results, parseResult.GetValue(dataset), parseResult.GetValue(report));
        });
        return new Command("fetch", "Fetch records from another system's live service into a dataset document.") { ctgov };
    }

    private static (Option<string?> Dataset, Option<string?> Report) OutputOptions() =>
        (new Option<string?>("--out", "-o")
        {
            Description = "Write the dataset document to this file instead of standard output.",
            HelpName = "file",
        },
        new Option<string?>("--report")
        {
            Description = "Write the import report (JSON: one entry per input record) to this file.",
            HelpName = "file",
        });

    private static int Import(ExplorerContext context, List<ClinicalTrialsGovReadResult> results, string? datasetPath, string? reportPath) =>
        Import(context, datasetPath, reportPath, ImportFinish.None, import => import(results));

    /// <summary>
    /// Reads what <c>--curation</c> and <c>--into</c> name, writing their problems to standard error.
    /// </summary>
    /// <returns>What to do with the imported dataset, or null when a file is not valid.</returns>
    private static ImportFinish? Finish(ExplorerContext context, string? curationPath, string? basePath)
    {
        ClinicalTrialsGovCuration? curation = null;
        if (curationPath is not null)
        {
            try
            {
                using var stream = File.OpenRead(curationPath);
                curation = ClinicalTrialsGovCuration.Read(stream, curationPath);
            }
            catch (ClinicalTrialsGovCurationException e)
            {
                foreach (var problem in e.Problems)
                {
                    context.Error.WriteLine($"{curationPath}: {problem}");
                }

                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
            {
                context.Error.WriteLine($"{curationPath}: cannot read the file: {e.Message}");
                return null;
            }
        }

        EvidenceDataset? baseDataset = null;
        if (basePath is not null && (baseDataset = Validation.DatasetFileValidator.Load(basePath, context.Error)) is null)
        {
            return null;
        }

        return new ImportFinish(curation, baseDataset, basePath);
    }

    /// <summary>
    /// Imports what <paramref name="read"/> hands over, writing each record's report entry as it is made and keeping only
    /// the studies in scope, so a bulk zip of any size imports in flat memory; then writes the dataset and the summary.
    /// </summary>
    private static int Import(
        ExplorerContext context,
        string? datasetPath,
        string? reportPath,
        ImportFinish finish,
        Func<Func<IEnumerable<ClinicalTrialsGovReadResult>, EvidenceDataset>, EvidenceDataset> read)
    {
        // The curation checks its phrases against the records of the trials it names, so only those entries are kept.
        var curated = finish.Curation?.Decisions.Select(d => d.Trial).ToHashSet(StringComparer.Ordinal) ?? [];
        var curatedEntries = new List<ClinicalTrialsGovImportEntry>();
        Stream? reportFile = null;
        if (reportPath is not null && !TryOpen(context, reportPath, out reportFile))
        {
            return ExitCodes.Failure;
        }

        var tally = new ImportTally();
        EvidenceDataset dataset;
        using (reportFile)
        using (var report = reportFile is null ? null : new Utf8JsonWriter(reportFile, new JsonWriterOptions { Indented = true }))
        {
            report?.WriteStartArray();
            dataset = read(results => ClinicalTrialsGovImporter.Import(results, entry =>
            {
                tally.Add(entry);
                if (entry.NctId is { } nctId && curated.Contains(nctId))
                {
                    curatedEntries.Add(entry);
                }

                if (report is not null)
                {
                    ClinicalTrialsGovImportReport.WriteEntry(report, entry);
                    report.Flush();
                }
            }));
            report?.WriteEndArray();
        }

        var importedStudies = dataset.Studies.Length;
        if (!finish.TryApply(context.Error, ref dataset, curatedEntries))
        {
            return ExitCodes.Failure;
        }

        var problems = dataset.Validate();
        if (!problems.IsValid)
        {
            // The importer builds only valid studies; a problem here is a defect worth reporting plainly.
            foreach (var problem in problems.Problems)
            {
                context.Error.WriteLine($"error: the imported dataset is not valid: {problem}");
            }

            return ExitCodes.Failure;
        }

        var json = StemCellJson.Serialize(dataset) + "\n";
        if (datasetPath is null)
        {
            context.Output.Write(json);
        }
        else if (!TryWrite(context, datasetPath, json))
        {
            return ExitCodes.Failure;
        }

        // The summary is the command's output when the dataset goes to a file; beside a dataset on standard output it is a message.
        Summarize(datasetPath is null ? new PlainScreen(context.Error) : context.Screen, tally, importedStudies, datasetPath, reportPath);
        return tally.FailedCount > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Reads the inputs lazily into <paramref name="import"/>, showing a progress bar on standard error when it is a terminal.</summary>
    private static EvidenceDataset WithProgress(
        ExplorerContext context, string[] inputs, Func<IEnumerable<ClinicalTrialsGovReadResult>, EvidenceDataset> import)
    {
        if (context.Style == OutputStyle.Plain || !ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return import(inputs.SelectMany(ClinicalTrialsGovReader.ReadPath));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(progress =>
            {
                // The bar counts inputs; within one large input (a bulk zip) the spinner and the record count show progress.
                var task = progress.AddTask("Reading", maxValue: inputs.Length);
                return import(Tracked(inputs, task));
            });
    }

    private static IEnumerable<ClinicalTrialsGovReadResult> Tracked(string[] inputs, ProgressTask task)
    {
        var count = 0;
        foreach (var input in inputs)
        {
            foreach (var result in ClinicalTrialsGovReader.ReadPath(input))
            {
                if (++count % 100 == 0)
                {
                    task.Description = $"Read {count} records";
                }

                yield return result;
            }

            task.Increment(1);
        }
    }

    private static void Summarize(Screen screen, ImportTally tally, int importedStudies, string? datasetPath, string? reportPath)
    {
        screen.Fields(
        [
            ("Read", Text.Count(tally.Read, "record", "records")),
            ("Imported", $"{Text.Count(tally.Imported, "record", "records")} as {Text.Count(importedStudies, "study", "studies")}"),
            ("Skipped", Text.Count(tally.Skipped.Values.Sum(), "record", "records")),
            ("Failed", Text.Count(tally.FailedCount, "record", "records")),
        ]);

        if (tally.Skipped.Count > 0)
        {
            screen.BlankLine();
            screen.Table(new TextTable("Skipped, by reason", [TextColumn.Wrapping("Reason"), "Records"], [.. tally.Skipped.Select(s => Text.Row(s.Key, Text.Number(s.Value)))]));
        }

        if (tally.FailedCount > 0)
        {
            screen.BlankLine();
            screen.Subheading($"Failed ({tally.FailedCount})");
            foreach (var entry in tally.FirstFailures)
            {
                // A file that is not a registry document already names itself in its message.
                screen.Line(entry.NctId is null && entry.Reason?.StartsWith(entry.Source, StringComparison.Ordinal) == true
                    ? entry.Reason
                    : $"{entry.Source} #{entry.Position}{(entry.NctId is null ? string.Empty : $" {entry.NctId}")}: {entry.Reason}");
            }

            if (tally.FailedCount > ImportTally.FailuresShown)
            {
                screen.Line($"… and {tally.FailedCount - ImportTally.FailuresShown} more; the report lists every one.");
            }
        }

        screen.BlankLine();
        if (datasetPath is not null)
        {
            screen.Line($"Wrote the dataset to {datasetPath}.");
        }

        if (reportPath is not null)
        {
            screen.Line($"Wrote the report to {reportPath}.");
        }
    }

    /// <summary>What <c>--curation</c> and <c>--into</c> do to the imported dataset before it is written.</summary>
    private sealed record ImportFinish(ClinicalTrialsGovCuration? Curation, EvidenceDataset? Base, string? BasePath)
    {
        internal static ImportFinish None { get; } = new(null, null, null);

        /// <summary>Applies the curation, then puts the base dataset's sources and studies first.</summary>
        /// <returns>False, with the problems written to <paramref name="error"/>, when the curation does not fit or an id is in both datasets.</returns>
        internal bool TryApply(TextWriter error, ref EvidenceDataset dataset, List<ClinicalTrialsGovImportEntry> curatedEntries)
        {
            if (Curation is not null)
            {
                try
                {
                    dataset = Curation.Apply(dataset, curatedEntries);
                }
                catch (ClinicalTrialsGovCurationException e)
                {
                    foreach (var problem in e.Problems)
                    {
                        error.WriteLine($"{e.InputName}: {problem}");
                    }

                    return false;
                }
            }

            if (Base is null)
            {
                return true;
            }

            var clashes = Base.Sources.Select(s => s.Id).Intersect(dataset.Sources.Select(s => s.Id), StringComparer.Ordinal)
                .Select(id => $"source {id}")
                .Concat(Base.Studies.Select(s => s.Id).Intersect(dataset.Studies.Select(s => s.Id), StringComparer.Ordinal).Select(id => $"study {id}"))
                .ToList();
            foreach (var clash in clashes)
            {
                error.WriteLine($"{BasePath}: the imported {clash} has the id of one already there; ids must be unique.");
            }

            dataset = new EvidenceDataset(Base.Sources.Concat(dataset.Sources), Base.Studies.Concat(dataset.Studies));
            return clashes.Count == 0;
        }
    }

    /// <summary>What an import's summary needs of its entries, kept while the entries themselves go by.</summary>
    private sealed class ImportTally
    {
        internal const int FailuresShown = 10;

        internal int Read { get; private set; }

        internal int Imported { get; private set; }

        internal SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

        internal int FailedCount { get; private set; }

        /// <summary>Gets the first failures, without their records: the summary shows these, the report every one.</summary>
        internal List<(string Source, int Position, string? NctId, string? Reason)> FirstFailures { get; } = [];

        internal void Add(ClinicalTrialsGovImportEntry entry)
        {
            Read++;
            switch (entry.Outcome)
            {
                case ClinicalTrialsGovImportOutcome.Imported:
                    Imported++;
                    break;
                case ClinicalTrialsGovImportOutcome.Skipped:
                    var kind = SkipKind(entry.Reason);
                    Skipped[kind] = Skipped.GetValueOrDefault(kind) + 1;
                    break;
                default:
                    if (FailedCount++ < FailuresShown)
                    {
                        FirstFailures.Add((entry.Source, entry.Position, entry.NctId, entry.Reason));
                    }

                    break;
            }
        }
    }

    /// <summary>The kind of a skip reason, without the record's own conditions or interventions, so that skips group.</summary>
    private static string SkipKind(string? reason)
    {
        var open = reason?.IndexOf(" (", StringComparison.Ordinal) ?? -1;
        return reason is null ? "(no reason)" : open < 0 ? reason : reason[..open] + ".";
    }

    private static bool TryWrite(ExplorerContext context, string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot write the file: {e.Message}");
            return false;
        }
    }

    private static bool TryOpen(ExplorerContext context, string path, [NotNullWhen(true)] out Stream? stream)
    {
        try
        {
            stream = File.Create(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot write the file: {e.Message}");
            stream = null;
            return false;
        }
    }
}
