using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Reads and writes the StemCell.Domain dataset document: the JSON format other programs, in any language, exchange
/// datasets in.
/// </summary>
/// <remarks>
/// <para>
/// The document is an object with a <c>formatVersion</c> (<c>"major.minor"</c>, currently <see cref="FormatVersion"/>),
/// <c>sources</c> and <c>studies</c>. Only <c>formatVersion</c> is required: a document without <c>sources</c> or
/// <c>studies</c> has none (writers always write both, empty or not), and the same holds for every other list of the
/// format. Property names are camelCase; vocabulary terms are their lower-kebab-case codes;
/// dates are ISO-8601 at their own precision (<c>2023</c>, <c>2023-05</c>, <c>2023-05-14</c>) and durations ISO-8601
/// (<c>P3Y</c>).
/// </para>
/// <para>
/// Format 1.1 added, all optional: a study's <c>enrollmentActuality</c>, <c>startDateActuality</c> and
/// <c>completionDateActuality</c> (<c>"actual"</c> or <c>"estimated"</c>), <c>outcomeMeasures</c>,
/// <c>clinicalScales</c> and <c>evidence</c>; and an intervention's <c>deliveryRoutes</c>, a list that replaces 1.0's
/// single <c>deliveryRoute</c>. A 1.0 document still reads, its <c>deliveryRoute</c> as a list of one; writers write
/// <c>deliveryRoutes</c> only.
/// </para>
/// <para>
/// Versioning: a reader accepts every minor version of the major versions it knows (minor versions only add optional
/// properties; read them with <see cref="StemCellJsonReaderOptions.Lenient"/>), and rejects an unknown major version
/// with a message that lists the supported ones. Writers always write <c>formatVersion</c> first, then
/// <c>sources</c>, then <c>studies</c>, so a streaming reader knows the version and every source before the first study.
/// </para>
/// <para>
/// Reading is strict and safe: anything wrong ends in a <see cref="StemCellJsonException"/> listing every problem with
/// its JSON path (and line and position where the JSON itself is malformed); a half-built dataset is never returned.
/// After the JSON is read, the model's validation (<see cref="EvidenceDataset.Validate"/>) runs and its problems are
/// reported the same way. Writing is deterministic: the same dataset always gives the same bytes.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class StemCellJson
{
    /// <summary>The format version this library writes.</summary>
    public const string FormatVersion = "1.1";

    private const int SupportedMajorVersion = 1;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // Writing to a stream hands it the document in pieces of about this size, so memory stays flat for any dataset.
    private const int FlushThreshold = 64 * 1024;

    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Gets the major versions of the format this library reads.</summary>
    /// <value>The supported major versions; every minor version of each is accepted.</value>
    public static ImmutableArray<int> SupportedMajorVersions { get; } = [SupportedMajorVersion];

    /// <summary>Gets the metadata for reading and writing a whole dataset document with <c>JsonSerializer</c>.</summary>
    /// <value>The type info of <see cref="EvidenceDataset"/>, with the document's rules.</value>
    public static JsonTypeInfo<EvidenceDataset> DatasetTypeInfo => ModelJsonConverters.TypeInfo<EvidenceDataset>();

    /// <summary>Gets the metadata for reading and writing one study with <c>JsonSerializer</c>.</summary>
    /// <value>The type info of <see cref="Study"/>, with the document's rules.</value>
    public static JsonTypeInfo<Study> StudyTypeInfo => ModelJsonConverters.TypeInfo<Study>();

    /// <summary>Gets the metadata for reading and writing one source with <c>JsonSerializer</c>.</summary>
    /// <value>The type info of <see cref="Source"/>, with the document's rules.</value>
    public static JsonTypeInfo<Source> SourceTypeInfo => ModelJsonConverters.TypeInfo<Source>();

    /// <summary>Writes a dataset as a JSON string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document, indented with two spaces and <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string Serialize(EvidenceDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var buffer = WriteToBuffer(dataset);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a dataset as UTF-8 JSON bytes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document's UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(EvidenceDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var buffer = WriteToBuffer(dataset);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a dataset to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, EvidenceDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = new Utf8JsonWriter(utf8Json, DatasetJson.WriterOptions);
        DatasetJson.Write(writer, dataset, FlushThreshold);
        writer.Flush();
    }

    /// <summary>Writes a dataset to a stream as UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, EvidenceDataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        return WriteAsync(utf8Json, dataset, cancellationToken);
    }

    /// <summary>Reads a dataset from a JSON string, strictly.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(string json) => Deserialize(json, StemCellJsonReaderOptions.Strict);

    /// <summary>Reads a dataset from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(string json, StemCellJsonReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a dataset from UTF-8 JSON bytes, strictly.</summary>
    /// <param name="utf8Json">The document's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, StemCellJsonReaderOptions.Strict);

    /// <summary>Reads a dataset from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The document's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">How strictly to read.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(ReadOnlySpan<byte> utf8Json, StemCellJsonReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Read(utf8Json, options, out var dataset, out var error) ? dataset : throw error;
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, strictly.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(Stream utf8Json) => Deserialize(utf8Json, StemCellJsonReaderOptions.Strict);

    /// <summary>Reads a dataset from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="options">How strictly to read.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static EvidenceDataset Deserialize(Stream utf8Json, StemCellJsonReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="options">How strictly to read; <see cref="StemCellJsonReaderOptions.Strict"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset, valid by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; <see cref="StemCellJsonException.Problems"/> says why.</exception>
    public static async ValueTask<EvidenceDataset> DeserializeAsync(
        Stream utf8Json, StemCellJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= StemCellJsonReaderOptions.Strict;
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Tries to read a dataset from a JSON string, returning its problems instead of throwing.</summary>
    /// <param name="json">The document; null is reported as a problem.</param>
    /// <param name="dataset">The dataset, or null when the document is not valid.</param>
    /// <param name="problems">Every problem found, each with its JSON path; empty when the dataset was read.</param>
    /// <param name="options">How strictly to read; <see cref="StemCellJsonReaderOptions.Strict"/> when null.</param>
    /// <returns><see langword="true"/> when the document is a valid dataset.</returns>
    public static bool TryDeserialize(
        [NotNullWhen(true)] string? json,
        [NotNullWhen(true)] out EvidenceDataset? dataset,
        out ImmutableArray<ValidationProblem> problems,
        StemCellJsonReaderOptions? options = null)
    {
        options ??= StemCellJsonReaderOptions.Strict;
        if (json is null)
        {
            dataset = null;
            problems = [new ValidationProblem("$", "Expected a JSON document, but found none (null).")];
            return false;
        }

        if (Read(Encoding.UTF8.GetBytes(json), options, out dataset, out var error))
        {
            problems = [];
            return true;
        }

        problems = error.Problems;
        return false;
    }

    private static PooledByteBufferWriter WriteToBuffer(EvidenceDataset dataset)
    {
        var buffer = new PooledByteBufferWriter(InitialBufferSize);
        using var writer = new Utf8JsonWriter(buffer, DatasetJson.WriterOptions);
        DatasetJson.Write(writer, dataset);
        writer.Flush();
        return buffer;
    }

    private static async Task WriteAsync(Stream utf8Json, EvidenceDataset dataset, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(utf8Json, DatasetJson.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            DatasetJson.WriteStart(writer, dataset);
            foreach (var study in dataset.Studies)
            {
                StudyJson.Format.Write(writer, study);
                if (writer.BytesPending >= FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            DatasetJson.WriteEnd(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Checks a <c>formatVersion</c> value: <c>major.minor</c>, each ASCII digits (the major without a leading zero), with a major version this library reads.</summary>
    /// <returns>A problem message, or null when the version is supported.</returns>
    internal static string? FormatVersionProblem(string version)
    {
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || (dot > 1 && version[0] == '0')
            || dot == version.Length - 1
            || version.AsSpan(0, dot).ContainsAnyExceptInRange('0', '9')
            || version.AsSpan(dot + 1).ContainsAnyExceptInRange('0', '9'))
        {
            return $"Expected a format version 'major.minor' such as '{FormatVersion}', but found '{version}'.";
        }

        return int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) && SupportedMajorVersions.Contains(major)
            ? null
            : $"The format version '{version}' is not supported: this reader supports {string.Join(", ", SupportedMajorVersions.Select(v => $"{v}.x"))}.";
    }

    /// <summary>Reads a whole document in one pass, finding every problem it has.</summary>
    private static bool Read(
        ReadOnlySpan<byte> utf8Json,
        StemCellJsonReaderOptions options,
        [NotNullWhen(true)] out EvidenceDataset? dataset,
        [NotNullWhen(false)] out StemCellJsonException? error)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        var problems = new ProblemCollector();
        problems.Enter("$");
        var reader = new DocumentReader(
            new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth }), utf8Json, problems, options);
        dataset = null;
        try
        {
            reader.Read();
            dataset = DatasetJson.Read(ref reader);

            // Anything after the dataset is malformed JSON, which reading on finds.
            reader.Read();
        }
        catch (JsonException e)
        {
            reader.Malformed(e);
        }
        catch (InvalidOperationException e)
        {
            reader.NotText(e);
        }

        if (dataset is not null && problems.IsEmpty)
        {
            error = null;
            return true;
        }

        dataset = null;
        error = StemCellJsonException.FromProblems(problems.ToImmutable(), reader.FirstLocation);
        return false;
    }
}
