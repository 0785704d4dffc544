using System.CommandLine;
using System.Security;
using System.Text;
using Spectre.Console;
using StemCell.Domain.ClinicalTrialsGov;
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
        var ctgov = new Command(
            "ctgov",
            "Import ClinicalTrials.gov records: the MS and ALS stem cell trials become studies of a dataset document, every other "
            + "record is reported with why it was left out. Prints a summary (on standard error when the dataset goes to standard "
            + "output); exits 1 when any input failed.")
        {
            paths, dataset, report,
        };
        ctgov.SetAction(parseResult =>
        {
            var inputs = parseResult.GetRequiredValue(paths);
            foreach (var missing in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                context.Error.WriteLine($"{missing}: no such file or folder.");
                return ExitCodes.Failure;
            }

            var results = WithProgress(context, inputs);
            var import = ClinicalTrialsGovImporter.Import(results);
            return Finish(context, import, parseResult.GetValue(dataset), parseResult.GetValue(report));
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

            return Finish(context, ClinicalTrialsGovImporter.Import(results), parseResult.GetValue(dataset), parseResult.GetValue(report));
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

    /// <summary>Reads the inputs, showing a progress bar on standard error when it is a terminal.</summary>
    private static List<ClinicalTrialsGovReadResult> WithProgress(ExplorerContext context, string[] inputs)
    {
        var results = new List<ClinicalTrialsGovReadResult>();
        if (context.Style == OutputStyle.Plain || !ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            results.AddRange(inputs.SelectMany(ClinicalTrialsGovReader.ReadPath));
            return results;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Reading", maxValue: inputs.Length);
                foreach (var input in inputs)
                {
                    foreach (var result in ClinicalTrialsGovReader.ReadPath(input))
                    {
                        results.Add(result);
                        if (results.Count % 100 == 0)
                        {
                            task.Description = $"Read {results.Count} records";
                        }
                    }

                    task.Increment(1);
                }
            });
        return results;
    }

    private static int Finish(ExplorerContext context, ClinicalTrialsGovImport import, string? datasetPath, string? reportPath)
    {
        var problems = import.Dataset.Validate();
        if (!problems.IsValid)
        {
            // The importer builds only valid studies; a problem here is a defect worth reporting plainly.
            foreach (var problem in problems.Problems)
            {
                context.Error.WriteLine($"error: the imported dataset is not valid: {problem}");
            }

            return ExitCodes.Failure;
        }

        var json = StemCellJson.Serialize(import.Dataset) + "\n";
        if (datasetPath is null)
        {
            context.Output.Write(json);
        }
        else if (!TryWrite(context, datasetPath, stream => stream.Write(Encoding.UTF8.GetBytes(json))))
        {
            return ExitCodes.Failure;
        }

        if (reportPath is not null && !TryWrite(context, reportPath, stream => ClinicalTrialsGovImportReport.Write(stream, import.Entries)))
        {
            return ExitCodes.Failure;
        }

        // The summary is the command's output when the dataset goes to a file; beside a dataset on standard output it is a message.
        Summarize(datasetPath is null ? new PlainScreen(context.Error) : context.Screen, import, datasetPath, reportPath);
        return import.FailedCount > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void Summarize(Screen screen, ClinicalTrialsGovImport import, string? datasetPath, string? reportPath)
    {
        screen.Fields(
        [
            ("Read", Text.Count(import.Entries.Length, "record", "records")),
            ("Imported", $"{Text.Count(import.ImportedCount, "record", "records")} as {Text.Count(import.Dataset.Studies.Length, "study", "studies")}"),
            ("Skipped", Text.Count(import.SkippedCount, "record", "records")),
            ("Failed", Text.Count(import.FailedCount, "record", "records")),
        ]);

        var skipped = import.Entries
            .Where(e => e.Outcome == ClinicalTrialsGovImportOutcome.Skipped)
            .GroupBy(e => SkipKind(e.Reason))
            .Select(g => Text.Row(g.Key, Text.Number(g.Count())))
            .ToList();
        if (skipped.Count > 0)
        {
            screen.BlankLine();
            screen.Table(new TextTable("Skipped, by reason", ["Reason", "Records"], skipped));
        }

        var failed = import.Entries.Where(e => e.Outcome == ClinicalTrialsGovImportOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            screen.BlankLine();
            screen.Subheading($"Failed ({failed.Count})");
            foreach (var entry in failed.Take(10))
            {
                // A file that is not a registry document already names itself in its message.
                screen.Line(entry.NctId is null && entry.Reason?.StartsWith(entry.Source, StringComparison.Ordinal) == true
                    ? entry.Reason
                    : $"{entry.Source} #{entry.Position}{(entry.NctId is null ? string.Empty : $" {entry.NctId}")}: {entry.Reason}");
            }

            if (failed.Count > 10)
            {
                screen.Line($"… and {failed.Count - 10} more; the report lists every one.");
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

    /// <summary>The kind of a skip reason, without the record's own conditions or interventions, so that skips group.</summary>
    private static string SkipKind(string? reason)
    {
        var open = reason?.IndexOf(" (", StringComparison.Ordinal) ?? -1;
        return reason is null ? "(no reason)" : open < 0 ? reason : reason[..open] + ".";
    }

    private static bool TryWrite(ExplorerContext context, string path, Action<Stream> write)
    {
        try
        {
            using var stream = File.Create(path);
            write(stream);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot write the file: {e.Message}");
            return false;
        }
    }
}
