using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization.Wire;

namespace StemCell.Domain.Serialization;

/// <content>Reading the studies of a document one at a time.</content>
public static partial class StemCellJson
{
    /// <summary>
    /// Reads the studies of a dataset document one at a time, so a document of any size is processed in memory bounded
    /// by its largest single study.
    /// </summary>
    /// <param name="utf8Json">The stream of the document; it is not closed.</param>
    /// <param name="options">How strictly to read; <see cref="StemCellJsonReaderOptions.Strict"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The studies in document order, each valid by the model's rules.</returns>
    /// <remarks>
    /// <para>
    /// The document must be written as this library writes it: <c>formatVersion</c> first, then <c>sources</c>, then
    /// <c>studies</c>, so the version is known and every source can be checked before the first study arrives. Every
    /// study is mapped and validated before it is yielded (its own rules, and that the sources it cites exist); the
    /// sources are checked too but not returned.
    /// </para>
    /// <para>
    /// A problem ends the enumeration with a <see cref="StemCellJsonException"/> naming its path; the studies already
    /// yielded were valid. Duplicate study ids are found by remembering a 64-bit hash of each id rather than the id
    /// itself, in 8 to 16 bytes a study: the only memory that grows with the document. Two different ids would have
    /// to share a hash for a false report, a chance of about one in 10^7 in a million-study document.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="StemCellJsonException">The document is not a valid dataset; thrown when the problem is reached.</exception>
    public static async IAsyncEnumerable<Study> ReadStudiesAsync(
        Stream utf8Json,
        StemCellJsonReaderOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= StemCellJsonReaderOptions.Strict;
        using var buffer = new JsonStreamBuffer(utf8Json, StemCellJsonReaderOptions.DefaultMaxDepth);
        var reader = new StreamingDocumentReader(buffer, options);

        await reader.ReadDocumentStartAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.MoveToStudiesAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadNextStudyAsync(cancellationToken).ConfigureAwait(false) is { } study)
            {
                yield return study;
            }
        }
    }

    /// <summary>The state of one streamed read: where it is in the document and what it has seen.</summary>
    private sealed class StreamingDocumentReader(JsonStreamBuffer buffer, StemCellJsonReaderOptions options)
    {
        private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
        private readonly IdHashSet _studyIdHashes = new();
        private readonly WireMapper _mapper = new();
        private bool _sourcesSeen;
        private int _studyIndex;

        internal async ValueTask ReadDocumentStartAsync(CancellationToken cancellationToken)
        {
            var (type, _) = await ReadTokenAsync("$", cancellationToken).ConfigureAwait(false);
            if (type != JsonTokenType.StartObject)
            {
                throw StemCellJsonException.FromProblem("$", $"Expected a dataset object, but found {JsonTokenText.Describe(type)}.");
            }

            var (nameType, name) = await ReadTokenAsync("$", cancellationToken).ConfigureAwait(false);
            if (nameType != JsonTokenType.PropertyName || name != "formatVersion")
            {
                throw StemCellJsonException.FromProblem(
                    "$", "Expected 'formatVersion' as the first property: a streamed document is read in the order this library writes it.");
            }

            var (versionType, version) = await ReadTokenAsync("$.formatVersion", cancellationToken).ConfigureAwait(false);
            if (versionType != JsonTokenType.String)
            {
                throw StemCellJsonException.FromProblem("$.formatVersion", $"Expected the format version as a string, but found {JsonTokenText.Describe(versionType)}.");
            }

            if (FormatVersionProblem(version!) is { } problem)
            {
                throw StemCellJsonException.FromProblem("$.formatVersion", problem);
            }
        }

        /// <summary>Reads top-level properties until the studies array starts; false at the end of the document.</summary>
        internal async ValueTask<bool> MoveToStudiesAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var (type, name) = await ReadTokenAsync("$", cancellationToken).ConfigureAwait(false);
                if (type == JsonTokenType.EndObject)
                {
                    await ReadDocumentEndAsync(cancellationToken).ConfigureAwait(false);
                    return false;
                }

                switch (name)
                {
                    case "sources":
                        await ReadSourcesAsync(cancellationToken).ConfigureAwait(false);
                        break;
                    case "studies":
                        await ExpectArrayStartAsync("$.studies", cancellationToken).ConfigureAwait(false);
                        return true;
                    case "formatVersion":
                        throw StemCellJsonException.FromProblem("$.formatVersion", "The property 'formatVersion' appears more than once.");
                    default:
                        if (!options.SkipUnknownProperties)
                        {
                            throw StemCellJsonException.FromProblem(
                                $"$.{name}", $"The property '{name}' is not part of the format. Expected 'sources' or 'studies'.");
                        }

                        await RetryAsync(buffer.TrySkipValue, $"$.{name}", cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }

        /// <summary>Reads, maps and validates the next study; null at the end of the studies array.</summary>
        internal async ValueTask<Study?> ReadNextStudyAsync(CancellationToken cancellationToken)
        {
            var path = ProblemCollector.Element("$.studies", _studyIndex);
            if (await PeekAsync(path, cancellationToken).ConfigureAwait(false) == JsonTokenType.EndArray)
            {
                await ReadTokenAsync("$.studies", cancellationToken).ConfigureAwait(false);
                return null;
            }

            var wire = await ReadValueAsync(WireTypeInfo<StudyWire>(options), path, cancellationToken).ConfigureAwait(false);

            // One mapper for every study: it holds no state but its problems, and the first problem ends the read.
            Study? study;
            using (_mapper.At(path))
            {
                study = _mapper.ToStudy(wire, string.Empty);
                if (study is not null && !_mapper.HasProblems)
                {
                    _mapper.Validate(study);
                }
            }

            if (study is null || _mapper.HasProblems)
            {
                throw StemCellJsonException.FromProblems(_mapper.Problems);
            }

            var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
            CheckCitations(study, path, problems);
            if (!_studyIdHashes.Add(Fnv1a64(study.Id)))
            {
                problems.Add(new ValidationProblem(ProblemCollector.Combine(path, "id"), $"The study id '{study.Id}' is used by an earlier study."));
            }

            if (problems.Count > 0)
            {
                throw StemCellJsonException.FromProblems(problems.ToImmutable());
            }

            _studyIndex++;
            return study;
        }

        private static ulong Fnv1a64(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }

        private async ValueTask ReadSourcesAsync(CancellationToken cancellationToken)
        {
            await ExpectArrayStartAsync("$.sources", cancellationToken).ConfigureAwait(false);
            var wires = new List<SourceWire>();
            for (var i = 0; await PeekAsync("$.sources", cancellationToken).ConfigureAwait(false) != JsonTokenType.EndArray; i++)
            {
                wires.Add(await ReadValueAsync(WireTypeInfo<SourceWire>(options), ProblemCollector.Element("$.sources", i), cancellationToken).ConfigureAwait(false));
            }

            await ReadTokenAsync("$.sources", cancellationToken).ConfigureAwait(false);

            // The sources are few; checking them as a dataset of their own applies the same rules as the whole-document reader.
            var mapper = new WireMapper();
            var sourcesOnly = mapper.ToDataset(new DatasetWire { FormatVersion = FormatVersion, Sources = [.. wires] }, "$");
            if (sourcesOnly is null)
            {
                throw StemCellJsonException.FromProblems(mapper.Problems);
            }

            foreach (var source in sourcesOnly.Sources)
            {
                _sourceIds.Add(source.Id);
            }

            _sourcesSeen = true;
        }

        private void CheckCitations(Study study, string path, ImmutableArray<ValidationProblem>.Builder problems)
        {
            void Report(string idPath, string id) =>
                problems.Add(new ValidationProblem(
                    idPath,
                    _sourcesSeen
                        ? $"The source id '{id}' is not the id of any source in the dataset."
                        : $"The source id '{id}' cannot be checked: a streamed document must list its sources before its studies."));

            // The path of a list of ids is written out only when one of its ids is missing.
            void Check(ImmutableArray<string> ids, string listPath, int finding = -1)
            {
                for (var i = 0; i < ids.Length; i++)
                {
                    if (!_sourceIds.Contains(ids[i]))
                    {
                        var idsPath = finding < 0
                            ? ProblemCollector.Combine(path, listPath)
                            : ProblemCollector.Combine(ProblemCollector.Element(ProblemCollector.Combine(path, "findings"), finding), listPath);
                        Report(ProblemCollector.Element(idsPath, i), ids[i]);
                    }
                }
            }

            Check(study.SourceIds, "sourceIds");
            for (var f = 0; f < study.Findings.Length; f++)
            {
                Check(study.Findings[f].SourceIds, "sourceIds", f);
            }

            if (study.Safety is { } safety)
            {
                Check(safety.SourceIds, "safety.sourceIds");
            }

            for (var e = 0; e < study.Evidence.Length; e++)
            {
                if (!_sourceIds.Contains(study.Evidence[e].SourceId))
                {
                    Report(ProblemCollector.Combine(ProblemCollector.Element(ProblemCollector.Combine(path, "evidence"), e), "sourceId"), study.Evidence[e].SourceId);
                }
            }
        }

        private async ValueTask ReadDocumentEndAsync(CancellationToken cancellationToken)
        {
            var (type, _) = await ReadTokenAsync("$", cancellationToken).ConfigureAwait(false);
            if (type != JsonTokenType.None)
            {
                throw StemCellJsonException.FromProblem("$", "Expected the end of the document after the dataset object.");
            }
        }

        private async ValueTask ExpectArrayStartAsync(string path, CancellationToken cancellationToken)
        {
            var (type, _) = await ReadTokenAsync(path, cancellationToken).ConfigureAwait(false);
            if (type != JsonTokenType.StartArray)
            {
                throw StemCellJsonException.FromProblem(path, $"Expected an array, but found {JsonTokenText.Describe(type)}.");
            }
        }

        private async ValueTask<(JsonTokenType Type, string? Text)> ReadTokenAsync(string path, CancellationToken cancellationToken)
        {
            JsonTokenType type = default;
            string? text = null;
            await RetryAsync(() => buffer.TryRead(out type, out text), path, cancellationToken).ConfigureAwait(false);
            return (type, text);
        }

        private async ValueTask<JsonTokenType> PeekAsync(string path, CancellationToken cancellationToken)
        {
            JsonTokenType type = default;
            await RetryAsync(() => buffer.TryPeek(out type), path, cancellationToken).ConfigureAwait(false);
            return type;
        }

        private async ValueTask<T> ReadValueAsync<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string path, CancellationToken cancellationToken)
            where T : class
        {
            T? value = null;
            await RetryAsync(() => buffer.TryReadValue(typeInfo, out value), path, cancellationToken).ConfigureAwait(false);
            return value ?? throw StemCellJsonException.FromProblem(path, "Expected an object, but found null.");
        }

        /// <summary>Runs a buffer step, reading more of the stream until it succeeds, and reports JSON errors under <paramref name="path"/>.</summary>
        private async ValueTask RetryAsync(Func<bool> step, string path, CancellationToken cancellationToken)
        {
            while (true)
            {
                try
                {
                    if (step())
                    {
                        return;
                    }
                }
                catch (JsonException e)
                {
                    throw StemCellJsonException.FromJsonException(e, path);
                }
                catch (NotSupportedException e)
                {
                    throw StemCellJsonException.FromNotSupported(e, path);
                }

                await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
