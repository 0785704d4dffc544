namespace StemCell.Domain.ClinicalTrialsGov.Tests.TestSupport;

/// <summary>
/// A clock that stands still at <see cref="Now"/> and records every delay asked of it, so a test can check how long
/// the client chose to wait without waiting. Its timers either fire at once (on the thread pool) or never, for
/// tests that cancel during a wait.
/// </summary>
internal sealed class RecordingTimeProvider(bool timersFire = true) : TimeProvider
{
    private readonly List<TimeSpan> _delays = [];
    private readonly TaskCompletionSource _delayAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static DateTimeOffset Now { get; } = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Gets the delays asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    /// <summary>Gets a task that completes when the first delay is asked for.</summary>
    public Task DelayAsked => _delayAsked.Task;

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        _delayAsked.TrySetResult();
        if (timersFire)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
