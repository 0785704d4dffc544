using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <content>Reading a document as a stream: its studies one at a time, or all of it checked in flat memory.</content>
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
    /// study is read with the same reader as <see cref="Deserialize(string)"/> and checked before it is yielded (its own
    /// rules, that the sources it cites exist, and that its id is not an earlier study's); the sources are checked too
    /// but not returned.
    /// </para>
    /// <para>
    /// A study with problems ends the enumeration with a <see cref="StemCellJsonException"/> listing all of them; the
    /// studies already yielded were valid. Duplicate study ids are found exactly: the ids read so far are kept, as
    /// their UTF-8 bytes in one table, the only memory that grows with the document (about 30 bytes a study).
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
        using var buffer = new JsonStreamBuffer(utf8Json, StemCellJsonReaderOptions.DefaultMaxDepth);
        var reader = new StreamingDocumentReader(buffer, options ?? StemCellJsonReaderOptions.Strict, inWrittenOrder: true);
        while (true)
        {
            var study = await reader.ReadNextStudyAsync(cancellationToken).ConfigureAwait(false);
            if (reader.HasProblems)
            {
                throw reader.Error();
            }

            if (study is null)
            {
                yield break;
            }

            yield return study;
        }
    }

    /// <summary>
    /// Checks a dataset document read from a stream, in one pass and in memory that does not grow with its studies,
    /// finding every problem <see cref="Deserialize(Stream)"/> would.
    /// </summary>
    /// <param name="utf8Json">The stream of the document; it is not closed.</param>
    /// <param name="options">How strictly to read; <see cref="StemCellJsonReaderOptions.Strict"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many sources and studies the document has, and its problems; none when it is a valid dataset.</returns>
    /// <remarks>
    /// Each study is read, checked and let go; what is kept is every source, the ids of the studies (to find a
    /// repeated one exactly) and the ids of sources cited before the sources are listed. The document's properties may
    /// come in any order, as for <see cref="Deserialize(Stream)"/>. Malformed JSON ends the check with that problem, and so
    /// do 1,000 problems, with a last one saying the rest was not read, so a document of nothing but problems is also
    /// checked in flat memory.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static async ValueTask<DocumentCheck> CheckAsync(
        Stream utf8Json, StemCellJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new JsonStreamBuffer(utf8Json, StemCellJsonReaderOptions.DefaultMaxDepth);
        var reader = new StreamingDocumentReader(buffer, options ?? StemCellJsonReaderOptions.Strict, inWrittenOrder: false);
        while (await reader.ReadNextStudyAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }

        return new DocumentCheck(reader.SourceCount, reader.StudyCount, reader.Problems);
    }

    /// <summary>The most problems <see cref="CheckAsync"/> lists before it stops reading.</summary>
    private const int MaxCheckedProblems = 1000;

    /// <summary>The state of one streamed read: where it is in the document and what it has seen.</summary>
    private sealed class StreamingDocumentReader(JsonStreamBuffer buffer, StemCellJsonReaderOptions options, bool inWrittenOrder)
    {
        private readonly ProblemCollector _problems = CreateCollector();
        private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
        private readonly IdSet _studyIds = new();

        // Sources cited before the sources were read (only when the order is free), each with the first study citing it.
        private readonly Dictionary<string, int> _pendingCitations = new(StringComparer.Ordinal);
        private ulong _seen;
        private bool _started;
        private bool _inStudies;
        private bool _ended;

        internal int SourceCount { get; private set; }

        internal int StudyCount { get; private set; }

        internal bool HasProblems => !_problems.IsEmpty;

        internal ImmutableArray<ValidationProblem> Problems => _problems.ToImmutable();

        private bool SourcesRead => (_seen & (1UL << DatasetJson.Sources.Index)) != 0;

        internal StemCellJsonException Error() => StemCellJsonException.FromProblems(_problems.ToImmutable(), buffer.FirstLocation);

        /// <summary>
        /// Reads on to the next study and checks it; null at the end of the document, or when the version, malformed JSON
        /// or a string that is not text ends the read.
        /// </summary>
        internal async ValueTask<Study?> ReadNextStudyAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                buffer.Malformed(e, _problems);
            }
            catch (InvalidOperationException e)
            {
                _problems.Clear();
                buffer.Problem(_problems, DocumentReader.NotTextMessage(e));
            }

            return null;
        }

        private async ValueTask<Study?> ReadNextAsync(CancellationToken cancellationToken)
        {
            while (!_ended)
            {
                if (_problems.Count >= MaxCheckedProblems)
                {
                    // The memory of a check stays flat for a document of any size, a document of nothing but problems too.
                    _problems.Add(string.Empty, $"The check stopped after {MaxCheckedProblems} problems; the rest of the document was not read.");
                    _ended = true;
                    break;
                }

                if (_inStudies)
                {
                    if (await PeekAsync(cancellationToken).ConfigureAwait(false) == JsonTokenType.EndArray)
                    {
                        await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                        _inStudies = false;
                        _problems.Leave();
                        continue;
                    }

                    var index = StudyCount++;
                    var before = _problems.Count;
                    _problems.EnterElement(index);
                    var study = await ReadValueAsync(StudyJson.Format.Read, cancellationToken).ConfigureAwait(false);

                    // A study read with problems is left out of the checks across values, whose findings would echo them.
                    if (study is not null && _problems.Count == before)
                    {
                        Check(study, index);
                    }

                    _problems.Leave();
                    if (inWrittenOrder)
                    {
                        return HasProblems ? null : study;
                    }

                    if (study is not null)
                    {
                        return study;
                    }

                    continue;
                }

                await ReadTopLevelPropertyAsync(cancellationToken).ConfigureAwait(false);
                if (inWrittenOrder && HasProblems)
                {
                    return null;
                }
            }

            return null;
        }

        private static ProblemCollector CreateCollector()
        {
            var problems = new ProblemCollector();
            problems.Enter("$");
            return problems;
        }

        private async ValueTask ReadTopLevelPropertyAsync(CancellationToken cancellationToken)
        {
            if (!_started)
            {
                _started = true;
                var (start, _) = await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                if (start != JsonTokenType.StartObject)
                {
                    buffer.Problem(_problems, $"Expected a dataset as a JSON object, but found {DocumentReader.TokenText(start)}.");
                    _ended = true;
                    return;
                }
            }

            var (type, name) = await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
            if (type == JsonTokenType.EndObject)
            {
                await EndAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var property = DatasetJson.Format.Properties.FirstOrDefault(p => p.Name == name);
            if (inWrittenOrder && _seen == 0 && property != DatasetJson.FormatVersion)
            {
                buffer.Problem(_problems, "Expected 'formatVersion' as the first property: a streamed document is read in the order this library writes it.");
                return;
            }

            if (property is null)
            {
                if (!options.SkipUnknownProperties)
                {
                    _problems.Enter(name!);
                    buffer.Problem(_problems, $"The property '{name}' is not part of a dataset. Expected one of: {DatasetJson.Format.ExpectedNames}.");
                    _problems.Leave();
                }

                await RetryAsync(buffer.TrySkipValue, cancellationToken).ConfigureAwait(false);
                return;
            }

            var bit = 1UL << property.Index;
            _problems.Enter(property.Name);
            if ((_seen & bit) != 0)
            {
                buffer.Problem(_problems, $"The property '{property.Name}' appears more than once in a dataset.");
                await RetryAsync(buffer.TrySkipValue, cancellationToken).ConfigureAwait(false);
                _problems.Leave();
                return;
            }

            _seen |= bit;
            if (await PeekAsync(cancellationToken).ConfigureAwait(false) == JsonTokenType.Null)
            {
                // As Deserialize reads it: the problem of a null where a value is needed, and nothing where null is its absence.
                await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                if (DocumentReader.NullProblem(property) is { } nullProblem)
                {
                    buffer.Problem(_problems, nullProblem);
                }

                _problems.Leave();
            }
            else if (property == DatasetJson.FormatVersion)
            {
                var version = await ReadValueAsync(static (ref DocumentReader r) => r.ReadString(), cancellationToken).ConfigureAwait(false);
                if (version is not null && FormatVersionProblem(version) is { } problem)
                {
                    // Under a version this reader does not know, nothing else it would say is true.
                    _problems.Clear();
                    _problems.Add(string.Empty, problem);
                    _ended = true;
                }

                _problems.Leave();
            }
            else if (property == DatasetJson.Sources)
            {
                var sources = await ReadValueAsync(static (ref DocumentReader r) => r.ReadList(SourceJson.Format.Read), cancellationToken).ConfigureAwait(false);
                CheckSources(sources ?? []);
                _problems.Leave();
            }
            else if (await PeekAsync(cancellationToken).ConfigureAwait(false) != JsonTokenType.StartArray)
            {
                await ReadValueAsync(static (ref DocumentReader r) => r.ReadList(StudyJson.Format.Read), cancellationToken).ConfigureAwait(false);
                _problems.Leave();
            }
            else
            {
                // Studies are read one at a time by the caller's loop; the path stays in "studies" until the array ends.
                await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                _inStudies = true;
            }
        }

        /// <summary>Checks the sources as a dataset of their own, which applies the whole-document reader's rules to them.</summary>
        private void CheckSources(ImmutableArray<Source> sources)
        {
            SourceCount += sources.Length;
            foreach (var source in sources)
            {
                _sourceIds.Add(source.Id);
            }

            // The dataset's rules on sources (unique ids) have paths from the dataset, where the collector then is.
            _problems.Leave();
            _problems.AddRange(string.Empty, new EvidenceDataset(sources, studies: null).Validate().Problems);
            foreach (var (id, studyIndex) in _pendingCitations.Where(c => !_sourceIds.Contains(c.Key)))
            {
                ReportUnknownCitation(id, studyIndex);
            }

            _pendingCitations.Clear();
            _problems.Enter(DatasetJson.Sources.Name);
        }

        private void ReportUnknownCitation(string id, int studyIndex) =>
            _problems.Add(
                ProblemCollector.Element(DatasetJson.Studies.Name, studyIndex),
                $"The source id '{id}' is cited by this study (and maybe later ones) but is not the id of any source in the dataset.");

        private void Check(Study study, int index)
        {
            if (SourcesRead)
            {
                study.Validate(_problems, _sourceIds);
            }
            else if (inWrittenOrder)
            {
                study.Validate(_problems, knownSourceIds: null);
                _problems.Add(
                    string.Empty,
                    "The sources this study cites cannot be checked: a streamed document must list its sources before its studies.");
            }
            else
            {
                study.Validate(_problems, knownSourceIds: null);
                foreach (var id in study.CitedSourceIds())
                {
                    _pendingCitations.TryAdd(id, index);
                }
            }

            if (!_studyIds.Add(study.Id, index, out var first))
            {
                _problems.Add("id", EvidenceDataset.DuplicateIdMessage("study", study.Id, DatasetJson.Studies.Name, first));
            }
        }

        private async ValueTask EndAsync(CancellationToken cancellationToken)
        {
            _ended = true;
            if ((_seen & (1UL << DatasetJson.FormatVersion.Index)) == 0)
            {
                buffer.Problem(_problems, $"A dataset needs the property '{DatasetJson.FormatVersion.Name}', which is missing.");
            }

            foreach (var (id, studyIndex) in _pendingCitations)
            {
                ReportUnknownCitation(id, studyIndex);
            }

            // Anything after the dataset is malformed JSON, which reading on finds.
            await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        }

        private async ValueTask<(JsonTokenType Type, string? Text)> ReadTokenAsync(CancellationToken cancellationToken)
        {
            JsonTokenType type = default;
            string? text = null;
            await RetryAsync(() => buffer.TryRead(out type, out text), cancellationToken).ConfigureAwait(false);
            return (type, text);
        }

        private async ValueTask<JsonTokenType> PeekAsync(CancellationToken cancellationToken)
        {
            JsonTokenType type = default;
            await RetryAsync(() => buffer.TryRead(out type, out _, peek: true), cancellationToken).ConfigureAwait(false);
            return type;
        }

        private async ValueTask<T?> ReadValueAsync<T>(ValueReader<T> read, CancellationToken cancellationToken)
        {
            T? value = default;
            await RetryAsync(() => buffer.TryReadValue(read, _problems, options, out value), cancellationToken).ConfigureAwait(false);
            return value;
        }

        /// <summary>Runs a buffer step, reading more of the stream until it succeeds.</summary>
        private async ValueTask RetryAsync(Func<bool> step, CancellationToken cancellationToken)
        {
            while (!step())
            {
                await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
