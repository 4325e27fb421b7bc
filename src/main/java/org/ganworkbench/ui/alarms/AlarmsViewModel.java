package org.ganworkbench.ui.alarms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganworkbench.engine.alarms.Alarm;
import org.ganworkbench.engine.alarms.AlarmKind;
import org.ganworkbench.engine.alarms.AlarmRules;
import org.ganworkbench.engine.alarms.Remedy;
import org.ganworkbench.engine.alarms.RunRecord;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.quality.RunRecords;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The alarms of the window's run: the engine's rules ({@link AlarmRules}) run over the run's records
 * a few times a second, and each alarm raised is shown with its remedy. One click applies the
 * remedy through the live knobs (so each change is an intervention, drawn as a marker on every
 * chart); the alarm then rests for a while, to give the remedy time, and comes back if the failure
 * does. Dismissing hides an alarm until it clears. FX thread only.
 */
public final class AlarmsViewModel {

    /** Pulses between two evaluations of the rules (about twice a second). */
    static final int PULSES_PER_CHECK = 5;
    /** After a remedy, its alarm rests for this many steps: the rules look back over a few hundred. */
    static final long REST_AFTER_REMEDY = 2L * AlarmRules.OSCILLATION_STEPS;

    private final RunViewModel run;
    private final Notices notices;
    private final ObservableList<Alarm> shown = FXCollections.observableArrayList();
    /** Kinds the user dismissed, until they clear. */
    private final Map<AlarmKind, Boolean> dismissed = new EnumMap<>(AlarmKind.class);
    /** Kinds whose remedy was applied, resting until this step. */
    private final Map<AlarmKind, Long> restingUntil = new EnumMap<>(AlarmKind.class);
    private TrainingRun seen;
    private JudgedHistory judged = new JudgedHistory();
    private int pulses;

    public AlarmsViewModel(RunViewModel run, Notices notices) {
        this.run = run;
        this.notices = notices;
        run.addPulseListener(() -> {
            if (++pulses >= PULSES_PER_CHECK) check();
        });
        run.runNumberProperty().addListener((obs, old, now) -> check());
    }

    /** Evaluates the rules now. */
    public void check() {
        pulses = 0;
        TrainingRun engineRun = run.engineRun();
        if (engineRun != seen) {
            seen = engineRun;
            RunRecords r = RunRecords.of(engineRun);
            judged = r == null ? new JudgedHistory() : r.judged();
            dismissed.clear();
            restingUntil.clear();
        }
        if (run.history() == null || run.liveConfig() == null) {
            shown.clear();
            return;
        }
        List<Alarm> raised = AlarmRules.evaluate(new RunRecord(run.history(), run.quality(), judged, run.liveConfig(),
                lastProblem()));
        dismissed.keySet().removeIf(kind -> raised.stream().noneMatch(a -> a.kind() == kind));
        long step = run.step();
        restingUntil.values().removeIf(until -> until <= step);
        List<Alarm> visible = raised.stream()
                .filter(a -> !dismissed.containsKey(a.kind()) && !restingUntil.containsKey(a.kind())).toList();
        if (!sameKinds(visible)) shown.setAll(visible);
        else for (int i = 0; i < visible.size(); i++) shown.set(i, visible.get(i));
    }

    private boolean sameKinds(List<Alarm> visible) {
        if (visible.size() != shown.size()) return false;
        for (int i = 0; i < visible.size(); i++) if (visible.get(i).kind() != shown.get(i).kind()) return false;
        return true;
    }

    /** The message a non-finite step paused the run with, else empty. */
    private String lastProblem() {
        TrainingSnapshot s = run.snapshot();
        return s != null && s.state() == RunState.PAUSED ? s.message() : "";
    }

    /** Applies an alarm's remedy through the live knobs (each change a marker on the charts), resuming if it says so. */
    public void applyRemedy(Alarm alarm) {
        Remedy remedy = alarm.remedy();
        for (Remedy.Change c : remedy.changes()) {
            if (!run.setLive(c.field(), c.value())) return; // refused: Notices says why
        }
        if (remedy.resume()) run.resume();
        restingUntil.put(alarm.kind(), run.step() + REST_AFTER_REMEDY);
        shown.remove(alarm);
        notices.info(alarm.kind().title() + ": " + remedy.label() + " (from step " + (run.step() + 1) + ", marked on the charts).");
    }

    public void dismiss(Alarm alarm) {
        dismissed.put(alarm.kind(), true);
        shown.remove(alarm);
    }

    /** The alarms to show now, most urgent first (the rules' order). */
    public ObservableList<Alarm> alarms() {
        return shown;
    }
}
