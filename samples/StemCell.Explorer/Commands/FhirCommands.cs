using System.CommandLine;
using System.CommandLine.Invocation;
using System.Security;
using StemCell.Domain.Fhir;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Explorer.Commands;

/// <summary>
/// FHIR R4 in the Explorer: <c>export --format fhir</c> writes the sample dataset as a Bundle of ResearchStudy resources,
/// and <c>import fhir FILE</c> reads a ResearchStudy or a Bundle of them back into a dataset document.
/// </summary>
internal static class FhirCommands
{
    private const string DatasetFormat = "json";
    private const string FhirFormat = "fhir";

    /// <summary>Gives the export command a <c>--format</c> option; <c>fhir</c> writes the FHIR bundle, <c>json</c> (the default) does what it did.</summary>
    internal static Command AddFormat(Command export, ExplorerContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (the default): the library's dataset document; fhir: a FHIR R4 Bundle of ResearchStudy resources.",
            HelpName = "format",
            DefaultValueFactory = _ => DatasetFormat,
        };
        format.AcceptOnlyFromAmong(DatasetFormat, FhirFormat);
        export.Options.Add(format);
        var outOption = (Option<string?>)export.Options.Single(o => o.Name == "--out");
        var datasetAction = (SynchronousCommandLineAction)export.Action!;
        export.SetAction(parseResult => parseResult.GetValue(format) == FhirFormat
            ? WriteBundle(context, parseResult.GetValue(outOption))
            : datasetAction.Invoke(parseResult));
        return export;
    }

    /// <summary>Adds <c>fhir</c> to the import command.</summary>
    internal static Command AddImport(Command import, ExplorerContext context)
    {
        var file = new Argument<string>("file") { Description = "A FHIR R4 ResearchStudy, or a Bundle of them, as JSON." };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Read the deviations published converters make (a phase given as \"Phase 3\", the retired ClinicalTrials.gov "
                + "system, codings without a system, dangling references) with a warning instead of failing.",
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write the studies or the dataset document to this file instead of standard output.", HelpName = "file" };
        var sources = new Option<string?>("--sources")
        {
            Description = "A dataset document holding the sources the studies cite: with it, the output is a dataset document of the studies "
                + "and those sources; without it, a JSON array of the studies (FHIR carries only the sources' ids and citations).",
            HelpName = "file",
        };
        var fhir = new Command(
            "fhir",
            "Import FHIR R4 ResearchStudy resources as studies: a JSON array of them, or with --sources a dataset document. Every "
            + "problem is printed on standard error at its FHIRPath location; exits 1 when any study could not be read or cites a "
            + "source --sources lacks.")
        {
            file, lenient, sources, output,
        };
        fhir.SetAction(parseResult => Import(
            context, parseResult.GetRequiredValue(file), parseResult.GetValue(lenient), parseResult.GetValue(sources), parseResult.GetValue(output)));
        import.Subcommands.Add(fhir);
        return import;
    }

    private static int WriteBundle(ExplorerContext context, string? path)
    {
        var json = FhirExporter.ToJson(context.Dataset) + "\n";
        return DocumentCommands.Write(context, json, path, $"the sample dataset as a FHIR R4 bundle ({Text.Count(context.Dataset.Studies.Length, "study", "studies")})");
    }

    private static int Import(ExplorerContext context, string path, bool lenient, string? sourcesPath, string? outPath)
    {
        EvidenceDataset? withSources = null;
        if (sourcesPath is not null && (withSources = Validation.DatasetFileValidator.Load(sourcesPath, context.Error)) is null)
        {
            return ExitCodes.Failure;
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot read the file: {e.Message}");
            return ExitCodes.Failure;
        }

        var result = FhirImporter.Import(json, lenient ? FhirImportOptions.Lenient : FhirImportOptions.Strict);
        foreach (var problem in result.Errors)
        {
            context.Error.WriteLine($"{path}: error: {problem}");
        }

        foreach (var problem in result.Warnings)
        {
            context.Error.WriteLine($"{path}: warning: {problem}");
        }

        context.Error.WriteLine(
            $"Read {Text.Count(result.Studies.Length, "study", "studies")} from {path} ({Text.Count(result.Errors.Length, "error", "errors")}, "
            + $"{Text.Count(result.Warnings.Length, "warning", "warnings")}{(lenient ? ", lenient" : "")}).");
        if (!result.Succeeded)
        {
            return ExitCodes.Failure;
        }

        if (withSources is null)
        {
            var studies = new StringWriter();
            StudyFormats.WriteJson(studies, result.Studies);
            return DocumentCommands.Write(context, studies.ToString(), outPath, "the studies");
        }

        // The sources the studies cite, in the order of the dataset that holds them.
        var cited = result.Studies.SelectMany(s => s.SourceIds).ToHashSet(StringComparer.Ordinal);
        var missing = cited.Where(id => !withSources.Sources.Any(s => s.Id == id)).Order(StringComparer.Ordinal).ToList();
        foreach (var id in missing)
        {
            context.Error.WriteLine($"{sourcesPath}: has no source '{id}', which a study of {path} cites.");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.Failure;
        }

        var dataset = new EvidenceDataset(withSources.Sources.Where(s => cited.Contains(s.Id)), result.Studies);
        return DocumentCommands.Write(context, StemCellJson.Serialize(dataset) + "\n", outPath, "the dataset");
    }
}
