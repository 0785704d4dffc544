using System.CommandLine;
using System.Security;
using System.Text;
using StemCell.Domain.Serialization;
using StemCell.Explorer.Validation;

namespace StemCell.Explorer.Commands;

/// <summary>The commands about the JSON format: the schema, exporting the sample dataset, and validating a file.</summary>
internal static class DocumentCommands
{
    internal static Command CreateSchema(ExplorerContext context)
    {
        var file = OutOption();
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the dataset document.")
        {
            file,
        };
        command.SetAction(parseResult => Write(context, StemCellJsonSchema.ToJson(), parseResult.GetValue(file), "the JSON Schema of the dataset document"));
        return command;
    }

    internal static Command CreateExport(ExplorerContext context)
    {
        var file = OutOption();
        var command = new Command("export", "Print the sample dataset as a dataset document (the library's JSON format).")
        {
            file,
        };
        command.SetAction(parseResult => Write(
            context,
            StemCellJson.Serialize(context.Dataset) + "\n",
            parseResult.GetValue(file),
            $"the sample dataset ({Text.Count(context.Dataset.Sources.Length, "source", "sources")}, {Text.Count(context.Dataset.Studies.Length, "study", "studies")})"));
        return command;
    }

    internal static Command CreateValidate(ExplorerContext context)
    {
        var file = new Argument<string>("file") { Description = "The dataset document to check." };
        var command = new Command(
            "validate",
            "Check that a file is a valid dataset document. Prints one line and exits 0 when it is; otherwise prints one line per "
            + "problem on standard error, each with its JSON path (and line where known), and exits 1.")
        {
            file,
        };
        command.SetAction(parseResult => DatasetFileValidator.Validate(parseResult.GetRequiredValue(file), context.Output, context.Error));
        return command;
    }

    private static Option<string?> OutOption() => new("--out", "-o")
    {
        Description = "Write the document to this file instead of standard output.",
        HelpName = "file",
    };

    /// <summary>Writes a document to standard output, or to a file and says so on standard error, so standard output holds only data.</summary>
    internal static int Write(ExplorerContext context, string document, string? path, string what)
    {
        if (path is null)
        {
            context.Output.Write(document);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(path, document, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot write the file: {e.Message}");
            return ExitCodes.Failure;
        }

        context.Error.WriteLine($"Wrote {what} to {path}.");
        return ExitCodes.Success;
    }
}
