package cn.affairs.approval.asset;

import java.time.LocalDateTime;

/** A move of one asset made by an approved transfer (使用档案, 办法 第十四条). */
public record AssetMovement(
    Long id,
    String assetCode,
    String applicationId,
    String transferType,
    String fromHolder,
    String toHolder,
    String receivedBy,
    LocalDateTime movedAt) {}
