import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The observer of fault test (d), a consumer of its own as another department's system would be: run with Java's
 * single-file launcher and the RabbitMQ client taken from the platform's jar (rabbitmq.sh does both).
 *
 *   java -cp LIBS EventQueue.java declare QUEUE KEY   the durable queue bound to tongban.events with KEY, emptied
 *   java -cp LIBS EventQueue.java drain QUEUE FILE    every message in it, one JSON line each: the AMQP message-id,
 *                                                     whether RabbitMQ redelivered it, and the message's JSON
 * Environment: RABBIT_HOST (127.0.0.1), RABBIT_PORT (5672); user guest/guest.
 */
public class EventQueue {

	public static void main(String[] args) throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(System.getenv().getOrDefault("RABBIT_HOST", "127.0.0.1"));
		factory.setPort(Integer.parseInt(System.getenv().getOrDefault("RABBIT_PORT", "5672")));
		factory.setUsername("guest");
		factory.setPassword("guest");
		try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
			String queue = args[1];
			if (args[0].equals("declare")) {
				channel.exchangeDeclare("tongban.events", "topic", true);
				channel.queueDeclare(queue, true, false, false, null);
				channel.queueBind(queue, "tongban.events", args[2]);
				channel.queuePurge(queue);
				System.out.println("queue " + queue + " bound to " + args[2] + ", empty");
				return;
			}
			int count = 0;
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
				GetResponse message;
				while ((message = channel.basicGet(queue, false)) != null) {
					String body = new String(message.getBody(), StandardCharsets.UTF_8);
					out.println("{\"messageId\":\"" + message.getProps().getMessageId() + "\",\"redelivered\":"
							+ message.getEnvelope().isRedeliver() + ",\"message\":" + body + "}");
					channel.basicAck(message.getEnvelope().getDeliveryTag(), false);
					count++;
				}
			}
			System.out.println(count + " messages drained from " + queue);
		}
	}

}
