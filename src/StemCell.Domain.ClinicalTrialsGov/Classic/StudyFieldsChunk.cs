using System.Collections.Immutable;
using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>One saved response of the classic StudyFields API: a few fields of every trial of one query.</summary>
internal sealed class StudyFieldsChunk
{
    private StudyFieldsChunk(string file, string? dataVersion, ImmutableArray<string> fieldList, ImmutableArray<StudyFieldsEntry> studies)
    {
        File = file;
        DataVersion = dataVersion;
        FieldList = fieldList;
        Studies = studies;
    }

    internal string File { get; }

    /// <summary>Gets the response's <c>DataVrs</c>, such as <c>2022:10:09 23:24:50.411</c>, or null when it has none.</summary>
    internal string? DataVersion { get; }

    internal ImmutableArray<string> FieldList { get; }

    internal ImmutableArray<StudyFieldsEntry> Studies { get; }

    /// <exception cref="ClinicalTrialsGovFormatException">The file is not StudyFields JSON.</exception>
    internal static StudyFieldsChunk Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ClinicalTrialsGovFormatException(file, null, "the file could not be read.", exception);
        }

        try
        {
            return Parse(file, bytes);
        }
        catch (JsonException exception)
        {
            throw new ClinicalTrialsGovFormatException(
                file,
                $"line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}",
                "not valid JSON; expected a classic StudyFields API response.",
                exception);
        }
    }

    private static StudyFieldsChunk Parse(string file, ReadOnlySpan<byte> bytes)
    {
        // Utf8JsonReader does not skip a byte order mark, which some tools write when saving JSON.
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        Expect(ref reader, JsonTokenType.StartObject, file, "$", "an object");
        string? dataVersion = null;
        ImmutableArray<string>? fieldList = null;
        ImmutableArray<StudyFieldsEntry>? studies = null;
        var sawResponse = false;
        while (Next(ref reader, file) == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("StudyFieldsResponse"))
            {
                reader.Skip();
                continue;
            }

            sawResponse = true;
            Expect(ref reader, JsonTokenType.StartObject, file, "$.StudyFieldsResponse", "an object");
            while (Next(ref reader, file) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var path = "$.StudyFieldsResponse." + name;
                switch (name)
                {
                    case "DataVrs":
                        Expect(ref reader, JsonTokenType.String, file, path, "a string");
                        dataVersion = reader.GetString();
                        break;
                    case "FieldList":
                        fieldList = ReadStrings(ref reader, file, path);
                        break;
                    case "StudyFields":
                        studies = ReadStudies(ref reader, file, path);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }

        if (!sawResponse || fieldList is null || studies is null)
        {
            throw new ClinicalTrialsGovFormatException(
                file,
                sawResponse ? "$.StudyFieldsResponse" : "$",
                "not a classic StudyFields API response: expected {\"StudyFieldsResponse\": {\"FieldList\": […], \"StudyFields\": […]}}.");
        }

        return new StudyFieldsChunk(file, dataVersion, fieldList.Value, studies.Value);
    }

    private static ImmutableArray<StudyFieldsEntry> ReadStudies(ref Utf8JsonReader reader, string file, string path)
    {
        Expect(ref reader, JsonTokenType.StartArray, file, path, "an array of studies");
        var studies = ImmutableArray.CreateBuilder<StudyFieldsEntry>();
        while (Next(ref reader, file) != JsonTokenType.EndArray)
        {
            var studyPath = $"{path}[{studies.Count}]";
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ClinicalTrialsGovFormatException(file, studyPath, "expected a study object.");
            }

            int? rank = null;
            var fields = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            while (Next(ref reader, file) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (name == "Rank")
                {
                    Expect(ref reader, JsonTokenType.Number, file, studyPath + ".Rank", "a number");
                    rank = reader.TryGetInt32(out var value) && value > 0
                        ? value
                        : throw new ClinicalTrialsGovFormatException(file, studyPath + ".Rank", "expected a whole number of 1 or more.");
                }
                else
                {
                    fields[name] = ReadStrings(ref reader, file, $"{studyPath}.{name}");
                }
            }

            studies.Add(new StudyFieldsEntry(
                rank ?? throw new ClinicalTrialsGovFormatException(file, studyPath, "the study has no Rank."),
                studyPath,
                fields));
        }

        return studies.ToImmutable();
    }

    private static ImmutableArray<string> ReadStrings(ref Utf8JsonReader reader, string file, string path)
    {
        Expect(ref reader, JsonTokenType.StartArray, file, path, "an array of strings");
        var values = ImmutableArray.CreateBuilder<string>();
        while (Next(ref reader, file) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new ClinicalTrialsGovFormatException(file, $"{path}[{values.Count}]", $"expected a string, found {reader.TokenType}.");
            }

            values.Add(reader.GetString()!);
        }

        return values.ToImmutable();
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, string file) =>
        reader.Read() ? reader.TokenType : throw new ClinicalTrialsGovFormatException(file, null, "the JSON ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string file, string path, string expected)
    {
        if (Next(ref reader, file) != type)
        {
            throw new ClinicalTrialsGovFormatException(file, path, $"expected {expected}, found {reader.TokenType}.");
        }
    }
}

/// <summary>One trial of a StudyFields response: its rank and its fields, each a list of strings.</summary>
internal sealed record StudyFieldsEntry(int Rank, string Path, IReadOnlyDictionary<string, ImmutableArray<string>> Fields);
