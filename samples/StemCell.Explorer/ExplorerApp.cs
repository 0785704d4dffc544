using System.CommandLine;
using System.CommandLine.Invocation;
using StemCell.Domain.Model;
using StemCell.Explorer.Commands;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer;

/// <summary>
/// The StemCell.Explorer command line: parses the arguments, runs one command against the sample dataset, and returns
/// the exit code. Everything it prints goes to the writers it is given, so a test can run it end to end in process.
/// </summary>
/// <remarks>
/// Data and JSON go to standard output, messages and problems to standard error. Exit codes are
/// <see cref="ExitCodes.Success"/> (0), <see cref="ExitCodes.Failure"/> (1) and <see cref="ExitCodes.UsageError"/> (2).
/// No exception escapes and no stack trace is printed: an unexpected error is reported as one line on standard error.
/// </remarks>
public static class ExplorerApp
{
    /// <summary>Runs the Explorer.</summary>
    /// <param name="args">The command line arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="style">
    /// How to draw tables; <see cref="OutputStyle.Auto"/> draws bordered tables only when <paramref name="output"/> is the
    /// console and it is not redirected.
    /// </param>
    /// <param name="width">The width to lay out <see cref="OutputStyle.Rich"/> output in when it is not going to a terminal.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, OutputStyle style = OutputStyle.Auto, int? width = null) =>
        RunOver(dataset: null, args, output, error, style, width);

    /// <summary>Runs the Explorer over a dataset other than the sample, as the tests do to lay out longer ids and text.</summary>
    internal static int RunOver(EvidenceDataset? dataset, string[] args, TextWriter output, TextWriter error, OutputStyle style, int? width)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        try
        {
            var root = CreateRootCommand(new ExplorerContext(output, error, style, width, dataset));
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                return ReportUsageErrors(parseResult, error);
            }

            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
            output.Flush();
            return exitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not a usage error or a bad file (commands report those themselves): one line, no stack trace.
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Creates the command tree; each command's action writes through <paramref name="context"/>.</summary>
    internal static RootCommand CreateRootCommand(ExplorerContext context)
    {
        var root = new RootCommand(
            "Explore the StemCell.Domain sample dataset: stem cell therapy studies in multiple sclerosis and ALS, "
            + "their benefits and open challenges, the vocabulary behind them, and the JSON format they are exchanged in.")
        {
            SummaryCommand.Create(context),
            ChartsCommand.Create(context),
            TermCommands.CreateDiseases(context),
            TermCommands.CreateCellTypes(context),
            TermCommands.CreateChallenges(context),
            TermCommands.CreateBenefits(context),
            StudyCommands.CreateStudies(context),
            StudyCommands.CreateStudy(context),
            VocabularyCommand.Create(context),
            DocumentCommands.CreateSchema(context),
            FhirCommands.AddFormat(DocumentCommands.CreateExport(context), context),
            DocumentCommands.CreateValidate(context),
            FhirCommands.AddImport(ClinicalTrialsGovCommands.CreateImport(context), context),
            ClinicalTrialsGovCommands.CreateFetch(context),
        };
        root.SetAction(_ => SummaryCommand.Show(context));
        return root;
    }

    private static int ReportUsageErrors(ParseResult parseResult, TextWriter error)
    {
        foreach (var problem in parseResult.Errors)
        {
            error.WriteLine($"error: {problem.Message}");
        }

        var command = parseResult.CommandResult.Command;
        var path = command is RootCommand ? string.Empty : " " + command.Name;
        error.WriteLine($"Run 'StemCell.Explorer{path} --help' for usage.");
        return ExitCodes.UsageError;
    }
}
