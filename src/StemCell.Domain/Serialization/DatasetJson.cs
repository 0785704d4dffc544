using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>The document itself: its format version, its sources and its studies.</summary>
internal static class DatasetJson
{
    internal static readonly JsonPropertyFormat FormatVersion = new(
        "formatVersion",
        JsonValueFormat.String($"^{MajorVersionPattern()}\\.[0-9]+$"),
        required: true,
        $"The format version, 'major.minor', such as '{StemCellJson.FormatVersion}'. Readers accept every minor version of a major version they know.");

    internal static readonly JsonPropertyFormat Sources = new("sources", JsonValueFormat.List(JsonValueFormat.Object(SourceJson.Format)));

    internal static readonly JsonPropertyFormat Studies = new("studies", JsonValueFormat.List(JsonValueFormat.Object(StudyJson.Format)));

    internal static readonly JsonObjectFormat Format = new("a dataset", FormatVersion, Sources, Studies);

    /// <summary>How the document is written: indented by two spaces, with <c>\n</c> line ends.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
        SkipValidation = true,
    };

    /// <summary>
    /// Reads a whole dataset and checks it as <see cref="EvidenceDataset.Validate"/> does. When a part fails, the rest
    /// is still checked: each study that was built, at its own index, against every source id the document holds (a
    /// study citing a source that failed is not citing an unknown one).
    /// </summary>
    internal static EvidenceDataset? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o))
        {
            return null;
        }

        string? version = null;
        ImmutableArray<Source>? sources = null;
        ImmutableArray<Study>? studies = null;
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        var aSourceHasNoId = false;
        var studyIndexes = new List<int>();
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == FormatVersion)
            {
                version = r.ReadString();
            }
            else if (p == Sources)
            {
                sources = r.ReadList((ref DocumentReader reader) =>
                {
                    var source = SourceJson.Read(ref reader, out var id);
                    if (id is not null)
                    {
                        sourceIds.Add(id);
                    }
                    else if (source is null)
                    {
                        aSourceHasNoId = true;
                    }

                    return source;
                });
            }
            else if (p == Studies)
            {
                var index = 0;
                studies = r.ReadList((ref DocumentReader reader) =>
                {
                    var problems = reader.Problems.Count;
                    var study = StudyJson.Format.Read(ref reader);
                    if (study is not null)
                    {
                        // A study read with problems is left out of the checks across values, whose findings would echo them.
                        studyIndexes.Add(reader.Problems.Count == problems ? index : -1);
                    }

                    index++;
                    return study;
                });
            }
        }

        // The version decides how the rest is read: under a version this reader does not know, the rest's problems
        // would say nothing true, so the version's is the only one.
        if (version is not null && StemCellJson.FormatVersionProblem(version) is { } versionProblem)
        {
            r.Problems.Clear();
            r.Problems.Add(FormatVersion.Name, versionProblem);
            return null;
        }

        var dataset = new EvidenceDataset(sources, studies);
        if (r.Problems.IsEmpty)
        {
            r.Problems.AddRange(string.Empty, dataset.Validate().Problems);
            return r.Problems.IsEmpty ? dataset : null;
        }

        // A source that failed without an id could be any source a study cites, so then citations are not checked.
        r.Problems.Enter(Studies.Name);
        for (var i = 0; i < dataset.Studies.Length; i++)
        {
            if (studyIndexes[i] < 0)
            {
                continue;
            }

            r.Problems.EnterElement(studyIndexes[i]);
            dataset.Studies[i].Validate(r.Problems, aSourceHasNoId ? null : sourceIds);
            r.Problems.Leave();
        }

        r.Problems.Leave();
        return null;
    }

    internal static void WriteStart(Utf8JsonWriter writer, EvidenceDataset dataset)
    {
        writer.WriteStartObject();
        writer.WriteString(FormatVersion.EncodedName, StemCellJson.FormatVersion);

        // Unlike every other list, a document's two lists are written even when empty: they are its contents.
        writer.WriteStartArray(Sources.EncodedName);
        foreach (var source in dataset.Sources)
        {
            SourceJson.Format.Write(writer, source);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Studies.EncodedName);
    }

    internal static void WriteEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a dataset, flushing the writer after each study that leaves <paramref name="flushThreshold"/> bytes or more pending.</summary>
    internal static void Write(Utf8JsonWriter writer, EvidenceDataset dataset, int flushThreshold = int.MaxValue)
    {
        WriteStart(writer, dataset);
        foreach (var study in dataset.Studies)
        {
            StudyJson.Format.Write(writer, study);
            if (writer.BytesPending >= flushThreshold)
            {
                writer.Flush();
            }
        }

        WriteEnd(writer);
    }

    /// <summary>The supported major versions as a regular expression: <c>1</c>, or <c>(1|2)</c>.</summary>
    private static string MajorVersionPattern()
    {
        var majors = StemCellJson.SupportedMajorVersions;
        return majors.Length == 1
            ? majors[0].ToString(CultureInfo.InvariantCulture)
            : $"({string.Join('|', majors.Select(v => v.ToString(CultureInfo.InvariantCulture)))})";
    }
}
