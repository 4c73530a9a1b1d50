package io.flarewatch.cli;

import io.flarewatch.detector.cli.BacktestCommand;
import io.flarewatch.detector.cli.EvalDetectorCommand;
import io.flarewatch.sentiment.cli.EvalSentimentCommand;
import io.flarewatch.sentiment.cli.ScoreCommand;
import io.flarewatch.sentiment.cli.TrainSentimentCommand;
import java.util.Arrays;

/** The offline commands of {@code bin/flarewatch}: each is a thin class next to the algorithm it runs. */
public final class Main {

    private Main() {}

    /** Runs {@code args[0]} with the remaining arguments and exits with its code. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Main score|eval-sentiment|train-sentiment|backtest|eval-detector [ARGS]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = switch (args[0]) {
            case "score" -> ScoreCommand.run(rest, System.in, System.out, System.err);
            case "eval-sentiment" -> EvalSentimentCommand.run(rest, System.in, System.out, System.err);
            case "train-sentiment" -> TrainSentimentCommand.run(rest, System.in, System.out, System.err);
            case "backtest" -> BacktestCommand.run(rest, System.in, System.out, System.err);
            case "eval-detector" -> EvalDetectorCommand.run(rest, System.in, System.out, System.err);
            default -> {
                System.err.println("unknown command: " + args[0]);
                yield 2;
            }
        };
        System.out.flush();
        System.exit(code);
    }
}
