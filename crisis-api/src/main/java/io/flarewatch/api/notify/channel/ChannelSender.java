package io.flarewatch.api.notify.channel;

/** Sends one notification over one channel; blocking, called by the dispatcher on a worker thread. */
public interface ChannelSender {

    /** The channel's name, as stored in the outbox and used as the metric tag. */
    String channel();

    /** Tries once; never throws for a delivery problem, it reports it. */
    SendResult send(Delivery delivery);
}
