using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>The <c>vocabulary</c> command: every vocabulary, or the terms of one, as a table or as the JSON export.</summary>
internal static class VocabularyCommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",

        // As the export itself writes it: a data file, so ' and ’ stay readable rather than \u0027 and \u2019.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static Command Create(ExplorerContext context)
    {
        var name = new Argument<string?>("name")
        {
            Description = "One vocabulary to list the terms of, such as disease or trial-phase; every vocabulary when left out.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "name",
        };
        name.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !Vocabularies.TryFind(value, out _))
            {
                result.AddError($"'{value}' is not a vocabulary name. Expected one of: {string.Join(", ", Vocabularies.All.Select(v => v.Name))}.");
            }
        });
        name.CompletionSources.Add([.. Vocabularies.All.Select(v => v.Name)]);

        var format = new Option<string>("--format")
        {
            Description = "text: tables to read; json: the language-neutral vocabulary export (VocabularyExport), with every definition, synonym and coding.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("vocabulary", "List the vocabularies, or the terms of one, with their codes, synonyms and definitions.")
        {
            name,
            format,
        };
        command.SetAction(parseResult =>
        {
            var selected = parseResult.GetValue(name) is { } n ? Vocabularies.Find(n) : null;
            if (parseResult.GetValue(format) == "json")
            {
                context.Output.Write(selected is null ? VocabularyExport.ToJson() : ExportOf(selected));
            }
            else if (selected is null)
            {
                ShowAll(context.Screen);
            }
            else
            {
                ShowTerms(context.Screen, selected);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void ShowAll(Screen screen)
    {
        screen.Heading("Vocabularies");
        screen.Table(new TextTable(
            "Vocabularies",
            ["Name", "Terms", TextColumn.Wrapping("Description")],
            [.. Vocabularies.All.Select(v => Text.Row(v.Name, Text.Number(v.Terms.Length), v.Description))]));
        screen.BlankLine();
        screen.Line("Terms of one: vocabulary <name>. Everything, with codings: vocabulary --format json");
    }

    private static void ShowTerms(Screen screen, VocabularyDescriptor vocabulary)
    {
        screen.Heading($"{vocabulary.Name}: {vocabulary.Description}");
        screen.Table(new TextTable(
            "Terms",
            ["Code", TextColumn.Wrapping("Name"), TextColumn.Wrapping("Also known as"), TextColumn.Wrapping("Definition")],
            [.. vocabulary.Terms.Select(t => Text.Row(t.Code, t.DisplayName, Text.Synonyms(t), t.Definition))]));
    }

    // The export is one document for every vocabulary; one vocabulary's part of it keeps the same shape.
    private static string ExportOf(VocabularyDescriptor vocabulary)
    {
        var export = JsonNode.Parse(VocabularyExport.ToJson())!.AsObject();
        var part = export["vocabularies"]!.AsArray().Single(v => (string?)v!["name"] == vocabulary.Name)!;
        var document = new JsonObject
        {
            ["formatVersion"] = export["formatVersion"]!.DeepClone(),
            ["vocabularies"] = new JsonArray(part.DeepClone()),
        };
        return document.ToJsonString(Indented) + "\n";
    }
}
